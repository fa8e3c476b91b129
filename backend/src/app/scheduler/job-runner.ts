import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { JobLeases } from './job-leases';
import { JobRuns } from './job-runs';
import { type JobSummary, type ScheduledJob, ScheduledJobs } from './scheduled-job';
import { SCHEDULER_SETTINGS, type SchedulerSettings } from './scheduler-settings';

export type JobReport =
  | { job: string; outcome: 'succeeded'; summary: JobSummary }
  | { job: string; outcome: 'failed'; error: string }
  /** Another scheduler holds the job's lease. */
  | { job: string; outcome: 'skipped' }
  /** The job's last successful run is more recent than its `everyMs`: nothing run, nothing recorded. */
  | { job: string; outcome: 'not_due' };

/**
 * Runs the scheduled jobs every SCHEDULER_INTERVAL_MS, each under its database lease, and records
 * every run. The timer is only a trigger: what is due is read from the rows at each run, so a
 * restart loses nothing and two processes never both run a job within one lease.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobRunner.name);
  /** This scheduler, as job_lease.holder names it. */
  readonly holder = `${hostname()}:${process.pid}:${newId().slice(0, 8)}`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private passes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly jobs: ScheduledJobs,
    @Inject(SCHEDULER_SETTINGS) private readonly settings: SchedulerSettings,
    private readonly leases: JobLeases,
    private readonly runs: JobRuns,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.settings.enabled) return;
    this.timer = setInterval(() => this.tick(), this.settings.intervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /**
   * Every job whose lease this scheduler gets, one after another. Calls queue behind each other:
   * a scheduler makes one pass at a time, so a job's cadence (`everyMs`) sees the pass before.
   */
  runDueJobs(now: Date = this.clock.now()): Promise<JobReport[]> {
    const pass = this.passes.then(() => this.runPass(now));
    this.passes = pass.catch(() => undefined);
    return pass;
  }

  private async runPass(now: Date): Promise<JobReport[]> {
    const reports: JobReport[] = [];
    for (const job of this.jobs.list()) reports.push(await this.runJob(job, now));
    return reports;
  }

  private tick(): void {
    if (this.running) return; // the previous run is still going: let it finish
    this.running = this.runDueJobs()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error(`Scheduled run failed: ${messageOf(error)}`))
      .finally(() => (this.running = null));
  }

  private async runJob(job: ScheduledJob, now: Date): Promise<JobReport> {
    if (!(await this.leases.claim(job.name, this.holder, now, this.settings.leaseMs))) {
      return { job: job.name, outcome: 'skipped' };
    }
    // Read under the lease: two schedulers cannot both find the job due.
    if (job.everyMs !== undefined) {
      const last = await this.runs.lastSucceededStart(job.name);
      if (last !== null && now.getTime() - last.getTime() < job.everyMs) {
        return { job: job.name, outcome: 'not_due' };
      }
    }
    const started = performance.now();
    const finishedAt = () => new Date(now.getTime() + Math.round(performance.now() - started));
    const runId = await this.runs.started(job.name, now);
    try {
      const summary = await job.run(now);
      await this.runs.finished(runId, 'succeeded', JSON.stringify(summary), finishedAt());
      return { job: job.name, outcome: 'succeeded', summary };
    } catch (error) {
      this.logger.error(`Job ${job.name} failed: ${messageOf(error)}`, (error as Error).stack);
      await this.runs.finished(runId, 'failed', messageOf(error), finishedAt());
      return { job: job.name, outcome: 'failed', error: messageOf(error) };
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
