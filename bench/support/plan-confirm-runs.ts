import { manyRowsTable, tableToTsv } from '@dondoc/plan-readers/testing';
import { DEMO_WARDS } from '@dondoc/seed-data';
import { DemoApi } from '@dondoc/test-support';
import { withBenchApp } from './bench-app';
import { insertPlanCopy, readPlanRows } from './plan-rows-copy';
import { printTable, timeRuns } from './stats';

/** Confirms write thousands of rows each: fewer runs than the previews, one warm-up. */
const RUNS_BY_SIZE = (rows: number) => (rows >= 1_000 ? 3 : 5);
const WARMUP = 1;

interface Preview {
  grid: unknown;
  rows: unknown[];
  blockingCount: number;
}

/**
 * The confirm of a plan of each size through the API, on SQLite and PostgreSQL, beside the preview
 * of the same grid and the same rows inserted through the driver without events.
 */
export async function benchConfirms(sizes: readonly number[]): Promise<void> {
  const rows: Record<string, string | number>[] = [];
  for (const kind of ['sqlite', 'postgres'] as const) {
    await withBenchApp(
      kind,
      async (app, db) => {
        const ward = DEMO_WARDS[0];
        const api = await DemoApi.as(app.url, `${ward.code.toLowerCase()}.admin`);
        for (const size of sizes) {
          const preview = await previewOf(api, size);
          let imports = 0;
          let firstPlanId: string | null = null;
          const confirm = async () => {
            const answer = await api.post('/api/plans/import', {
              header: { symbol: `B${size}-${++imports}/KH-UBND`, title: `Kế hoạch ${size} dòng`, year: 2026 },
              grid: preview.grid,
            });
            if (answer.status !== 201)
              throw new Error(
                `confirm of ${size} rows answered ${answer.status}: ${JSON.stringify(answer.body)}`,
              );
            firstPlanId ??= answer.body['planId'] as string;
          };
          const runs = RUNS_BY_SIZE(size);
          const confirmed = await timeRuns(runs, WARMUP, confirm);
          const previewed = await timeRuns(runs, WARMUP, () =>
            api.post('/api/plans/import/preview', { grid: preview.grid, year: 2026 }),
          );
          const planRows = await readPlanRows(db, firstPlanId as unknown as string);
          let copies = 0;
          const copied = await timeRuns(runs, WARMUP, () =>
            insertPlanCopy(db, planRows, `C${size}-${++copies}/KH-UBND`),
          );
          rows.push({
            database: kind,
            rows: size,
            'tasks written': planRows.tasks.length,
            'unit links': planRows.links.length,
            'API confirm p50 ms': confirmed.p50.toFixed(0),
            'API confirm p95 ms': confirmed.p95.toFixed(0),
            'ms per task': (confirmed.p50 / planRows.tasks.length).toFixed(2),
            'API preview p50 ms': previewed.p50.toFixed(0),
            'driver insert, no events, p50 ms': copied.p50.toFixed(0),
          });
        }
      },
      // A 3,000-row confirm on a loaded machine may outlast the default 15-minute access token.
      { ACCESS_TOKEN_TTL: '12h' },
    );
  }
  printTable(
    `Confirm (POST /api/plans/import) of a plan pasted as TSV, through the API, ${WARMUP} warm-up run`,
    rows,
  );
}

async function previewOf(api: DemoApi, size: number): Promise<Preview> {
  const answer = await api.post('/api/plans/import/preview', {
    text: tableToTsv(manyRowsTable(size)),
    year: 2026,
  });
  if (answer.status !== 201) throw new Error(`preview of ${size} rows answered ${answer.status}`);
  const preview = answer.body as unknown as Preview;
  if (preview.blockingCount > 0 || preview.rows.length !== size)
    throw new Error(
      `preview of ${size} rows: ${preview.rows.length} rows, ${preview.blockingCount} blocking`,
    );
  return preview;
}
