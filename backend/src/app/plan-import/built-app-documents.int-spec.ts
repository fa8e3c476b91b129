import {
  buildDocx,
  buildXlsx,
  launchPrintingChromium,
  MERGED_CELLS_TABLE,
  printPdf,
  tableToHtmlPage,
} from '@dondoc/plan-readers/testing';
import { type BuiltApp, DemoApi, startBuiltApp, WORKSPACE_ROOT } from '@dondoc/test-support';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { testDatabases } from '../../testing/test-databases';

const MAIN_JS = join(WORKSPACE_ROOT, 'dist/backend/main.js');

function skipReason(): string | null {
  if (!existsSync(MAIN_JS)) return `${MAIN_JS} is missing: run \`npx nx build backend\` first`;
  if (!testDatabases().includes('sqlite')) return 'SQLite is not part of this run (TEST_DATABASES)';
  return null;
}

const reason = skipReason();
if (reason) console.warn(`\n*** SKIPPING the built app's document reading: ${reason}\n`);

/**
 * The readers inside the bundled backend: the unit and integration tests run the sources, where
 * a library found on disk (pdf.js, loaded by a worker thread) is found differently than in the
 * webpack bundle that ships. Each format is uploaded once to the built app.
 */
(reason ? describe.skip : describe)('the built app reads every document format', () => {
  let app: BuiltApp;
  let browser: Browser;
  let admin: DemoApi;

  beforeAll(async () => {
    app = await startBuiltApp();
    browser = await launchPrintingChromium();
    admin = await DemoApi.as(app.url, 'hd.admin');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it.each([
    ['docx', () => buildDocx(MERGED_CELLS_TABLE)],
    ['xlsx', () => buildXlsx(MERGED_CELLS_TABLE)],
    ['pdf', () => printPdf(browser, tableToHtmlPage(MERGED_CELLS_TABLE))],
  ])('.%s', async (format, build) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await build())]), `ke-hoach.${format}`);
    const response = await fetch(`${app.url}/api/plans/import/preview?year=2026`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token}` },
      body: form,
    });
    const body = (await response.json()) as { format?: string; rows?: { number: string }[] };
    expect([response.status, body.format]).toEqual([201, format]);
    expect(body.rows?.map((row) => row.number)).toEqual(['1', '2', '3']);
  });
});
