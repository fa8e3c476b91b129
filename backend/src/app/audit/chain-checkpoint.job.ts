import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { type JobSummary, Scheduled, type ScheduledJob } from '../scheduler/scheduled-job';
import { resolveChainAnchorKey } from './chain-anchor-key';
import { recordCheckpoints } from './chain-checkpoints';

/**
 * Every CHAIN_CHECKPOINT_EVERY_MINUTES, seals each ward's chain head that moved with a keyed MAC
 * (audit/chain-checkpoints). Each checkpoint is also written to the log, so a copy lives outside
 * the database for whoever keeps the logs.
 */
@Injectable()
@Scheduled()
export class ChainCheckpointJob implements ScheduledJob {
  readonly name = 'chain-checkpoint';
  readonly stage = 'housekeeping' as const;
  readonly everyMs: number;
  private readonly key: string;
  private readonly logger = new Logger(ChainCheckpointJob.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(ENV) env: Env,
  ) {
    this.everyMs = env.CHAIN_CHECKPOINT_EVERY_MINUTES * 60_000;
    this.key = resolveChainAnchorKey(env);
  }

  async run(now: Date): Promise<JobSummary> {
    const sealed = await recordCheckpoints(this.dataSource.manager, this.key, now);
    for (const checkpoint of sealed) {
      this.logger.log(
        `chain checkpoint: ward ${checkpoint.wardId} event ${checkpoint.lastEventId} hash ${checkpoint.lastHash} mac ${checkpoint.mac}`,
      );
    }
    return { sealed: sealed.length };
  }
}
