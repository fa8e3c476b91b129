import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The period cards created for a periodic report series. The primary key is the guarantee that a
 * period gets one card, whichever scheduler process gets there first.
 */
@Entity('period_card')
export class PeriodCardEntity {
  @PrimaryColumn({ name: 'series_id', type: 'varchar', length: 36 })
  seriesId: string;

  /** '2026-Q1', '2026-M03', '2026-H2', '2026-Y'. */
  @PrimaryColumn({ name: 'period_key', type: 'varchar', length: 16 })
  periodKey: string;

  @Column({ name: 'task_id', type: 'varchar', length: 36 })
  taskId: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;
}
