/**
 * How long parsePlanText takes on each seed plan, beside a baseline that only splits the same
 * text into lines and tab-separated cells (the least any table reader must do).
 *
 *   npx tsx bench/plan-parser.bench.ts [runs]
 */
import { parsePlanText } from '@dondoc/plan-parser';
import { DEMO_WARDS, readSeedPlanText } from '@dondoc/seed-data';

const RUNS = Number(process.argv[2] ?? 200);
const WARMUP = 20;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time(work: () => unknown): { median: number; p90: number } {
  for (let run = 0; run < WARMUP; run++) work();
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: median(samples), p90: samples[Math.floor(samples.length * 0.9)] };
}

/** The baseline: split into lines and cells, and touch every cell so the work is not skipped. */
function splitOnly(text: string): number {
  let cells = 0;
  for (const line of text.split('\n')) cells += line.split('\t').length;
  return cells;
}

async function main(): Promise<void> {
  const rows = DEMO_WARDS.flatMap((ward) =>
    ward.plans.map((plan) => {
      const text = readSeedPlanText(plan.file);
      const options = { units: ward.units, groups: ward.groups };
      const tasks = parsePlanText(text, options).plan.tasks.length;
      const parse = time(() => parsePlanText(text, options));
      const baseline = time(() => splitOnly(text));
      return {
        plan: plan.file,
        kB: Math.round(Buffer.byteLength(text) / 1024),
        tasks,
        'parse median ms': parse.median.toFixed(3),
        'parse p90 ms': parse.p90.toFixed(3),
        'baseline median ms': baseline.median.toFixed(3),
        'parse / baseline': (parse.median / baseline.median).toFixed(1),
      };
    }),
  );

  console.log(
    `parsePlanText vs. split-into-lines-and-cells baseline, ${RUNS} runs each (after ${WARMUP} warm-up runs)`,
  );
  console.table(rows);
}

void main();
