import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type JobSummary, Scheduled, type ScheduledJob } from '../scheduler/scheduled-job';
import { OUTBOX_SETTINGS, type OutboxSettings } from './outbox-settings';
import { OutboxEntity } from './outbox.entity';

/** Pruning is cheap but needs no minute-by-minute cadence. */
export const OUTBOX_PRUNE_EVERY_MS = 60 * 60 * 1000;

/**
 * Deletes live messages published more than OUTBOX_RETENTION_DAYS ago: a published message has
 * done its work (a client that missed it reads the task's events), and the table would otherwise
 * grow with every change. Unpublished rows are never touched, nor the events they came from.
 */
@Injectable()
@Scheduled()
export class OutboxPruneJob implements ScheduledJob {
  readonly name = 'outbox-prune';
  readonly stage = 'housekeeping' as const;
  readonly everyMs = OUTBOX_PRUNE_EVERY_MS;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(OUTBOX_SETTINGS) private readonly settings: OutboxSettings,
  ) {}

  async run(now: Date): Promise<JobSummary> {
    const before = new Date(now.getTime() - this.settings.keepPublishedMs).toISOString();
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .delete()
      .from(OutboxEntity)
      .where('published_at IS NOT NULL AND published_at < :before', { before })
      .execute();
    return { pruned: result.affected ?? 0 };
  }
}
