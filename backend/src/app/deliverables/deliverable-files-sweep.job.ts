import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { type JobSummary, Scheduled, type ScheduledJob } from '../scheduler/scheduled-job';
import { DeliverableFileBlobs } from './deliverable-file-blobs';
import { DELIVERABLE_STORE, type DeliverableStore } from './deliverable-store';
import { DeliverableFileEntity } from './entities/deliverable-file.entity';

const HOUR_MS = 3_600_000;

/** How often the store is swept, whatever SCHEDULER_INTERVAL_MS: listing every blob is not for each tick. */
export const SWEEP_EVERY_MS = 24 * HOUR_MS;

/**
 * Once a day, removes the stored blobs that no deliverable_file row references, nor any row another
 * context registered through FileBlobs.keepReferenced (a draft file removed
 * before submission, an upload whose row never came) and that were stored more than
 * DELIVERABLE_SWEEP_GRACE_HOURS ago: an upload writes its blob before its row, so a fresh
 * unreferenced blob may be one in flight. Submitted versions keep their rows, so their files stay.
 * Removing again what another run removed is no error, and the store re-checks a blob's age as it
 * removes it, so content an upload reuses meanwhile survives.
 */
@Injectable()
@Scheduled()
export class DeliverableFilesSweepJob implements ScheduledJob {
  readonly name = 'deliverable-files-sweep';
  readonly stage = 'housekeeping' as const;
  readonly everyMs = SWEEP_EVERY_MS;
  private readonly logger = new Logger(DeliverableFilesSweepJob.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(DELIVERABLE_STORE) private readonly store: DeliverableStore,
    @Inject(ENV) private readonly env: Env,
    private readonly blobs: DeliverableFileBlobs,
  ) {}

  async run(now: Date): Promise<JobSummary> {
    const storedBefore = new Date(now.getTime() - this.env.DELIVERABLE_SWEEP_GRACE_HOURS * HOUR_MS);
    const referenced = await this.referencedHashes();
    let kept = 0;
    let removed = 0;
    let bytesFreed = 0;
    for await (const blob of this.store.list()) {
      const removable = !referenced.has(blob.sha256) && blob.storedAt < storedBefore;
      if (removable && (await this.store.remove(blob.sha256, storedBefore))) {
        removed++;
        bytesFreed += blob.size;
      } else {
        kept++;
      }
    }
    this.logger.log(
      `Removed ${removed} unreferenced deliverable files (${bytesFreed} bytes freed); ${kept} kept`,
    );
    return { kept, removed, bytesFreed };
  }

  /**
   * Every hash a row refers to, read once: one pass over the table instead of a query per blob,
   * and the hashes other contexts registered through the FileBlobs port (a round's result files).
   */
  private async referencedHashes(): Promise<Set<string>> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(DeliverableFileEntity, 'file')
      .select('DISTINCT file.sha256', 'sha256')
      .getRawMany<{ sha256: string }>();
    const hashes = await this.blobs.referencedElsewhere();
    for (const row of rows) hashes.add(row.sha256);
    return hashes;
  }
}
