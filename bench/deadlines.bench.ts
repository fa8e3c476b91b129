/**
 * Deadline parser throughput over every deadline cell of the three seed plans, repeated, with a
 * trivial regex date match over the same strings as the baseline.
 *
 *   npx tsx bench/deadlines.bench.ts [repeats]
 */
import { parseDeadline } from '@dondoc/deadlines';
import { SEED_DEADLINE_CELLS } from '@dondoc/deadlines/testing';

interface Figures {
  name: string;
  calls: number;
  perSecond: number;
  p50Micros: number;
  p99Micros: number;
}

const REPEATS = Number(process.argv[2] ?? 2000);
const WARM_UP_ROUNDS = 200;
const CONTEXT = { year: 2026 };
const DATE_PATTERN = /(\d{1,2})\/(\d{1,2})\/(\d{4})/;

/** Keeps results alive so the engine cannot drop the work being measured. */
let sink = 0;

function measure(name: string, texts: readonly string[], work: (text: string) => number): Figures {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const text of texts) sink += work(text);

  // Throughput: one clock read around the whole run.
  const started = process.hrtime.bigint();
  for (let round = 0; round < REPEATS; round++) for (const text of texts) sink += work(text);
  const elapsedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const calls = REPEATS * texts.length;

  // Latency: each call timed alone, on a tenth of the rounds (the clock read costs ~0.1 µs).
  const samples = new Float64Array(Math.ceil(REPEATS / 10) * texts.length);
  let sample = 0;
  for (let round = 0; round < REPEATS / 10; round++) {
    for (const text of texts) {
      const callStarted = process.hrtime.bigint();
      sink += work(text);
      samples[sample++] = Number(process.hrtime.bigint() - callStarted) / 1000;
    }
  }
  const sorted = samples.subarray(0, sample).sort();
  const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return {
    name,
    calls,
    perSecond: calls / elapsedSeconds,
    p50Micros: percentile(0.5),
    p99Micros: percentile(0.99),
  };
}

function print(rows: Figures[]) {
  const format = (value: number, digits = 0) =>
    value.toLocaleString('en-US', { maximumFractionDigits: digits });
  console.log(
    `${SEED_DEADLINE_CELLS.length} seed deadline cells × ${REPEATS} repeats, Node ${process.version}`,
  );
  console.table(
    Object.fromEntries(
      rows.map((row) => [
        row.name,
        {
          calls: format(row.calls),
          'calls/s': format(row.perSecond),
          'p50 µs': format(row.p50Micros, 2),
          'p99 µs': format(row.p99Micros, 2),
        },
      ]),
    ),
  );
  const [parser, baseline] = rows;
  console.log(
    `parser is ${format(baseline.perSecond / parser.perSecond, 1)}× slower than the regex baseline`,
  );
}

const parser = measure(
  'parseDeadline',
  SEED_DEADLINE_CELLS,
  (text) => parseDeadline(text, CONTEXT).kind.length,
);
const baseline = measure('baseline: regex date match', SEED_DEADLINE_CELLS, (text) =>
  DATE_PATTERN.exec(text) ? 1 : 0,
);
print([parser, baseline]);
if (sink < 0) console.log(sink);
