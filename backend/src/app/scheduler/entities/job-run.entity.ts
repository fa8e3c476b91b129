import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type JobRunOutcome = 'running' | 'succeeded' | 'failed';

/** One run of a scheduled job, for operators: a run left `running` was cut short by its process. */
@Entity('job_run')
@Index(['name', 'startedAt'])
export class JobRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ name: 'started_at', type: 'varchar', length: 32 })
  startedAt: string;

  @Column({ name: 'finished_at', type: 'varchar', length: 32, nullable: true })
  finishedAt: string | null;

  @Column({ type: 'varchar', length: 16 })
  outcome: JobRunOutcome;

  /** What the run did (JSON counts) or why it failed. */
  @Column({ type: 'text', nullable: true })
  detail: string | null;
}
