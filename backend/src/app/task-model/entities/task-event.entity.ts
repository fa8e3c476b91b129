import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only: the application inserts these rows and never updates or deletes them (database
 * triggers refuse both). The id grows monotonically, so it doubles as the cursor a client resumes
 * from. Each row carries the hash of its ward's previous event and its own (see audit/event-chain).
 */
@Entity('task_event')
@Index(['planId', 'id'])
@Index(['taskId', 'id'])
export class TaskEventEntity {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId: string;

  @Column({ name: 'task_id', type: 'varchar', length: 36 })
  taskId: string;

  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 200 })
  actorName: string;

  @Column({ name: 'actor_unit_id', type: 'varchar', length: 36, nullable: true })
  actorUnitId: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 32, nullable: true })
  actorRole: string | null;

  @Column({ type: 'varchar', length: 48 })
  event: string;

  @Column({ name: 'from_state', type: 'varchar', length: 64 })
  fromState: string;

  @Column({ name: 'to_state', type: 'varchar', length: 64 })
  toState: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'simple-json', nullable: true })
  payload: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 32 })
  at: string;

  /** The hash of the ward's previous event; null for the ward's first. */
  @Column({ name: 'prev_hash', type: 'varchar', length: 64, nullable: true })
  prevHash: string | null;

  /** sha256 of this event's fields and prevHash (audit/event-hash); null only on rows written around the app. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  hash: string | null;
}
