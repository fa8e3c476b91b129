/**
 * How long a person waits for the preview of a 300-row plan, through the API of the built app
 * (sign-in done, upload or JSON paste, read, parse, preview answered), for each format a ward
 * receives: .docx, .xlsx, a PDF printed by Chromium, Word's clipboard HTML, tab-separated text.
 * Beside it, from the same run: the same bytes read and parsed in this process (what the API adds
 * is the difference), and an authenticated round trip that does no work (GET /api/plans).
 *
 * Then the confirm (`POST /api/plans/import`) of that plan and of a 3,000-row one, on SQLite and
 * PostgreSQL: every task row, its unit links, its CREATE_TASK event on the ward's chain and its
 * live message in the outbox, in one transaction. Beside it: the preview of the same grid, and
 * the same rows inserted through the driver in one transaction without any event (the floor).
 *
 *   npx nx run backend:build && npx tsx bench/plan-import-api.bench.ts [runs] [rows] [preview|confirm]
 *   (or `npm run bench -- plan-import-api`, which builds first and runs both parts)
 */
import { API } from '@dondoc/contracts';
import * as PlanParser from '@dondoc/plan-parser';
import * as PlanReaders from '@dondoc/plan-readers';
import { DEMO_WARDS } from '@dondoc/seed-data';
import { DemoApi } from '@dondoc/test-support';
import { withBenchApp } from './support/bench-app';
import { benchConfirms } from './support/plan-confirm-runs';
import { planFixtures } from './support/plan-fixtures';
import { printTable, timeRuns } from './support/stats';

const RUNS = Number(process.argv[2] ?? 10);
const ROWS = Number(process.argv[3] ?? 300);
const PART = process.argv[4] ?? 'all';
const WARMUP = 2;

const time = (work: () => unknown) => timeRuns(RUNS, WARMUP, work);

interface Case {
  format: string;
  bytes: number;
  /** The preview through the API; resolves to the number of rows it answered. */
  viaApi: (api: DemoApi) => Promise<number>;
  /** The same input read and parsed here. */
  inProcess: () => Promise<unknown>;
}

async function postFile(api: DemoApi, bytes: Buffer, name: string): Promise<number> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  const response = await fetch(`${api.baseUrl}/api/plans/import/preview?year=2026`, {
    method: 'POST',
    headers: { authorization: `Bearer ${api.token}` },
    body: form,
  });
  if (response.status !== 201)
    throw new Error(`preview of ${name} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { rows: unknown[] }).rows.length;
}

async function postPaste(api: DemoApi, paste: { html?: string; text?: string }): Promise<number> {
  const answer = await api.post('/api/plans/import/preview', { ...paste, year: 2026 });
  if (answer.status !== 201) throw new Error(`preview of a paste answered ${answer.status}`);
  return (answer.body['rows'] as unknown[]).length;
}

/**
 * The first request after the in-process timings, which leave the API's keep-alive connection
 * idle past the server's timeout: the server may close it just as the request is sent.
 */
async function afterIdle<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (!(error instanceof TypeError) || !String(error.cause).includes('other side closed')) throw error;
    return request();
  }
}

async function benchPreviews(): Promise<void> {
  const ward = DEMO_WARDS[0];
  const options: PlanParser.ParseOptions = { units: ward.units, groups: ward.groups, year: 2026 };
  const parsed = async (grid: Promise<PlanReaders.PlanGrid> | PlanReaders.PlanGrid) =>
    PlanParser.parsePlanGrid(await grid, options);

  const { docx, xlsx, pdf, html, tsv } = await planFixtures(ROWS);

  const cases: Case[] = [
    {
      format: '.docx',
      bytes: docx.length,
      viaApi: (api) => postFile(api, docx, 'ke-hoach.docx'),
      inProcess: () => parsed(PlanReaders.readPlanFile(docx)),
    },
    {
      format: '.xlsx',
      bytes: xlsx.length,
      viaApi: (api) => postFile(api, xlsx, 'ke-hoach.xlsx'),
      inProcess: () => parsed(PlanReaders.readPlanFile(xlsx)),
    },
    {
      format: '.pdf (Chromium)',
      bytes: pdf.length,
      viaApi: (api) => postFile(api, pdf, 'ke-hoach.pdf'),
      inProcess: () => parsed(PlanReaders.readPlanFile(pdf)),
    },
    {
      format: 'pasted HTML',
      bytes: Buffer.byteLength(html),
      viaApi: (api) => postPaste(api, { html }),
      inProcess: () => parsed(PlanReaders.readClipboard({ html })),
    },
    {
      format: 'pasted TSV',
      bytes: Buffer.byteLength(tsv),
      viaApi: (api) => postPaste(api, { text: tsv }),
      inProcess: () => parsed(PlanReaders.readClipboard({ text: tsv })),
    },
  ];

  await withBenchApp('sqlite', async (app) => {
    const api = await DemoApi.as(app.url, `${ward.code.toLowerCase()}.admin`);
    const roundTrip = await time(() => api.get(API.plans));
    const rows: Record<string, string | number>[] = [];
    for (const item of cases) {
      const answered = await afterIdle(() => item.viaApi(api));
      const viaApi = await time(() => item.viaApi(api));
      const inProcess = await time(item.inProcess);
      rows.push({
        format: item.format,
        kB: Math.round(item.bytes / 1024),
        'rows answered': answered,
        'API preview p50 ms': viaApi.p50.toFixed(1),
        'API preview p95 ms': viaApi.p95.toFixed(1),
        'in-process read+parse p50 ms': inProcess.p50.toFixed(1),
        'GET /api/plans p50 ms': roundTrip.p50.toFixed(1),
      });
    }
    printTable(
      `Preview of a ${ROWS}-row plan through the API (SQLite), ${RUNS} runs each after ${WARMUP} warm-up runs`,
      rows,
    );
  });
}

async function main(): Promise<void> {
  if (PART !== 'confirm') await benchPreviews();
  if (PART !== 'preview') await benchConfirms([ROWS, 10 * ROWS]);
}

void main();
