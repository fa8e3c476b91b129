import { Logger } from '@nestjs/common';
import { SettableClock } from '../../testing/settable-clock';
import { loadEnv } from '../config/env';
import type { JobLeases } from './job-leases';
import { JobRunner } from './job-runner';
import type { JobRuns } from './job-runs';
import type { ScheduledJob } from './scheduled-job';
import { schedulerSettings } from './scheduler-settings';

const NOW = '2026-03-02T01:00:00.000Z';

function setUp(options: { enabled?: boolean; leased?: (name: string) => boolean; failing?: string } = {}) {
  const ran: string[] = [];
  const job = (name: string): ScheduledJob => ({
    name,
    stage: 'create',
    run: async () => {
      ran.push(name);
      if (name === options.failing) throw new Error(`${name} broke`);
      return { done: 1 };
    },
  });
  const leases = { claim: jest.fn(async (name: string) => options.leased?.(name) ?? true) };
  const runs = { started: jest.fn(async () => 'run-id'), finished: jest.fn(async () => undefined) };
  const settings = schedulerSettings(loadEnv({ SCHEDULER_ENABLED: String(options.enabled ?? false) }));
  const runner = new JobRunner(
    { list: () => [job('first'), job('second')] },
    settings,
    leases as unknown as JobLeases,
    runs as unknown as JobRuns,
    new SettableClock(NOW),
  );
  return { runner, ran, leases, runs };
}

describe('JobRunner', () => {
  beforeAll(() => Logger.overrideLogger(false)); // the failing job's log line is expected
  afterEach(() => jest.useRealTimers());

  it('runs each job under its lease and records the run', async () => {
    const { runner, ran, leases, runs } = setUp();
    const reports = await runner.runDueJobs();
    expect(reports).toEqual([
      { job: 'first', outcome: 'succeeded', summary: { done: 1 } },
      { job: 'second', outcome: 'succeeded', summary: { done: 1 } },
    ]);
    expect(ran).toEqual(['first', 'second']);
    expect(leases.claim).toHaveBeenCalledWith('first', runner.holder, new Date(NOW), 120_000);
    expect(runs.finished).toHaveBeenCalledWith('run-id', 'succeeded', '{"done":1}', expect.any(Date));
  });

  it('skips a job whose lease another scheduler holds', async () => {
    const { runner, ran, runs } = setUp({ leased: (name) => name !== 'first' });
    const reports = await runner.runDueJobs();
    expect(reports[0]).toEqual({ job: 'first', outcome: 'skipped' });
    expect(ran).toEqual(['second']);
    expect(runs.started).toHaveBeenCalledTimes(1);
  });

  it('records a failed job and goes on with the next', async () => {
    const { runner, ran, runs } = setUp({ failing: 'first' });
    const reports = await runner.runDueJobs();
    expect(reports[0]).toEqual({ job: 'first', outcome: 'failed', error: 'first broke' });
    expect(ran).toEqual(['first', 'second']);
    expect(runs.finished).toHaveBeenCalledWith('run-id', 'failed', 'first broke', expect.any(Date));
  });

  it('runs a job with a cadence only once its last success is that long ago', async () => {
    const ran: string[] = [];
    const daily: ScheduledJob = {
      name: 'daily',
      stage: 'housekeeping',
      everyMs: 24 * 3_600_000,
      run: async () => {
        ran.push('daily');
        return { done: 1 };
      },
    };
    const lastSuccess = jest.fn<Promise<Date | null>, [string]>();
    const runs = {
      started: jest.fn(async () => 'run-id'),
      finished: jest.fn(async () => undefined),
      lastSucceededStart: lastSuccess,
    };
    const runner = new JobRunner(
      { list: () => [daily] },
      schedulerSettings(loadEnv({ SCHEDULER_ENABLED: 'false' })),
      { claim: jest.fn(async () => true) } as unknown as JobLeases,
      runs as unknown as JobRuns,
      new SettableClock(NOW),
    );

    lastSuccess.mockResolvedValueOnce(null);
    expect((await runner.runDueJobs())[0].outcome).toBe('succeeded');
    lastSuccess.mockResolvedValueOnce(new Date('2026-03-01T02:00:00.000Z')); // 23 hours before
    expect(await runner.runDueJobs()).toEqual([{ job: 'daily', outcome: 'not_due' }]);
    lastSuccess.mockResolvedValueOnce(new Date('2026-03-01T01:00:00.000Z')); // a day before
    expect((await runner.runDueJobs())[0].outcome).toBe('succeeded');
    expect(ran).toEqual(['daily', 'daily']);
    expect(runs.started).toHaveBeenCalledTimes(2);
    expect(lastSuccess).toHaveBeenCalledWith('daily');
  });

  it('makes one pass at a time: a second call waits for the first', async () => {
    const { runner, ran } = setUp();
    await Promise.all([runner.runDueJobs(), runner.runDueJobs()]);
    expect(ran).toEqual(['first', 'second', 'first', 'second']);
  });

  it('starts no timer when disabled', () => {
    jest.useFakeTimers();
    const { runner, ran } = setUp({ enabled: false });
    runner.onApplicationBootstrap();
    expect(jest.getTimerCount()).toBe(0);
    expect(ran).toEqual([]);
  });

  it('runs on every interval when enabled and stops on destroy', async () => {
    jest.useFakeTimers();
    const { runner, leases } = setUp({ enabled: true });
    runner.onApplicationBootstrap();
    expect(jest.getTimerCount()).toBe(1);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(leases.claim).toHaveBeenCalledTimes(2);
    await runner.onModuleDestroy();
    expect(jest.getTimerCount()).toBe(0);
  });
});
