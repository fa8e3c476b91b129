import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { newId } from '../common/ids';
import { UnitOfWork } from '../database/unit-of-work';
import { JobRunEntity, type JobRunOutcome } from './entities/job-run.entity';

/** The record of every run, for operators: what ran when, how it ended, what it did. */
@Injectable()
export class JobRuns {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly dataSource: DataSource,
  ) {}

  async started(name: string, at: Date): Promise<string> {
    const id = newId();
    await this.unitOfWork.run((manager) =>
      manager.insert(JobRunEntity, {
        id,
        name,
        startedAt: at.toISOString(),
        finishedAt: null,
        outcome: 'running',
        detail: null,
      }),
    );
    return id;
  }

  /** When the job's latest successful run started, or null when none has succeeded yet. */
  async lastSucceededStart(name: string): Promise<Date | null> {
    // A plain read: no transaction, which on SQLite would queue behind every write.
    const row = await this.dataSource.manager
      .createQueryBuilder(JobRunEntity, 'run')
      .select('MAX(run.started_at)', 'startedAt')
      .where('run.name = :name AND run.outcome = :outcome', { name, outcome: 'succeeded' })
      .getRawOne<{ startedAt: string | null }>();
    return row?.startedAt ? new Date(row.startedAt) : null;
  }

  async finished(
    id: string,
    outcome: Exclude<JobRunOutcome, 'running'>,
    detail: string,
    at: Date,
  ): Promise<void> {
    await this.unitOfWork.run((manager) =>
      manager.update(JobRunEntity, { id }, { outcome, detail, finishedAt: at.toISOString() }),
    );
  }
}
