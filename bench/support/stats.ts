export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export function summarize(samples: readonly number[]): {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
} {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), mean };
}

/** Milliseconds of `runs` runs of synchronous work, after one run to warm up. */
export function timeSync(runs: number, work: () => unknown): { p50: number; p95: number } {
  work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const { p50, p95 } = summarize(samples);
  return { p50, p95 };
}

/** Runs `worker` on `concurrency` lanes until each has done its share; returns operations per second. */
export async function throughput(
  total: number,
  concurrency: number,
  worker: (index: number) => Promise<void>,
): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await worker(next++);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return total / seconds;
}

export function printTable(title: string, rows: Record<string, string | number>[]): void {
  console.log(`\n${title}`);
  console.table(rows);
}

/** p50 and p95 in ms of `runs` awaited calls of `work`, after `warmup` calls that are not counted. */
export async function timeRuns(
  runs: number,
  warmup: number,
  work: () => unknown,
): Promise<{ p50: number; p95: number }> {
  for (let run = 0; run < warmup; run++) await work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const { p50, p95 } = summarize(samples);
  return { p50, p95 };
}
