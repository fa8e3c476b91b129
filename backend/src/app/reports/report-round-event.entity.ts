import type { Role } from '@dondoc/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A round's history: every command it took, by whom and when; replaying them gives the round. */
@Entity('report_round_event')
@Index(['roundId', 'id'])
export class ReportRoundEventEntity {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'round_id', type: 'varchar', length: 36 })
  roundId: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ type: 'varchar', length: 32 })
  event: string;

  /** The unit whose part a part event moves. */
  @Column({ name: 'unit_id', type: 'varchar', length: 36, nullable: true })
  unitId: string | null;

  @Column({ name: 'actor_id', type: 'varchar', length: 36 })
  actorId: string;

  @Column({ name: 'actor_name', type: 'varchar', length: 200 })
  actorName: string;

  @Column({ name: 'actor_unit_id', type: 'varchar', length: 36, nullable: true })
  actorUnitId: string | null;

  @Column({ name: 'actor_roles', type: 'simple-json' })
  actorRoles: Role[];

  @Column({ name: 'from_state', type: 'varchar', length: 16 })
  fromState: string;

  @Column({ name: 'to_state', type: 'varchar', length: 16 })
  toState: string;

  @Column({ type: 'simple-json', nullable: true })
  payload: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 32 })
  at: string;
}
