import type { PartState, TaskResult } from '@dondoc/workflows';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A lead unit's part of a round, as the round's snapshot holds it, kept as a row of its own so a
 * unit finds what it is asked for without reading every round of the ward. Written in the same
 * transaction as the round; the round's context stays the source of truth.
 */
@Entity('report_part')
@Index(['wardId', 'unitId'])
export class ReportPartEntity {
  @PrimaryColumn({ name: 'round_id', type: 'varchar', length: 36 })
  roundId: string;

  @PrimaryColumn({ name: 'unit_id', type: 'varchar', length: 36 })
  unitId: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ type: 'varchar', length: 16 })
  state: PartState;

  /** Kết quả thực hiện, per task of the unit. */
  @Column({ type: 'simple-json' })
  results: TaskResult[];

  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason: string | null;

  @Column({ name: 'submitted_at', type: 'varchar', length: 32, nullable: true })
  submittedAt: string | null;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt: string;
}
