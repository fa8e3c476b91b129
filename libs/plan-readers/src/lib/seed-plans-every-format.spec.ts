import { seedPlanFileNames } from '@dondoc/seed-data';
import type { Browser } from 'playwright-core';
import { buildDocx } from '../testing/build-docx';
import { buildXlsx } from '../testing/build-xlsx';
import { launchPrintingChromium, printPdf } from '../testing/chromium';
import { tableToHtmlPage, tableToTsv, tableToWordClipboardHtml } from '../testing/grid-html';
import { seedTable } from '../testing/seed-tables';
import { gridToMatrix } from './grid';
import { readClipboard, readPlanFile } from './read-plan-file';

describe.each(seedPlanFileNames())('the task table of seed plan %s, in every format', (file) => {
  const table = seedTable(file);
  const expected = gridToMatrix(table.rows);
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchPrintingChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has a header and at least twenty rows to compare', () => {
    expect(expected.length).toBeGreaterThan(20);
  });

  it('comes out of a .docx cell for cell', async () => {
    const grid = await readPlanFile(await buildDocx(table, { decoyTableFirst: true }));
    expect(gridToMatrix(grid.rows)).toEqual(expected);
    expect(grid.source.tableIndex).toBe(1);
  });

  it('comes out of an .xlsx cell for cell', async () => {
    const grid = await readPlanFile(await buildXlsx(table, { sheetsBefore: ['Ghi chú'] }));
    expect(gridToMatrix(grid.rows)).toEqual(expected);
    expect(grid.heading).toEqual(table.title);
  });

  it('comes out of a PDF printed by Chromium cell for cell', async () => {
    const grid = await readPlanFile(await printPdf(browser, tableToHtmlPage(table)));
    expect(grid.source.pages).toBeGreaterThan(1);
    if (!file.includes('framework')) {
      expect(gridToMatrix(grid.rows)).toEqual(expected);
      return;
    }
    // The framework's narrow columns hold paragraphs whose break falls where the line was full
    // anyway ("Quý I năm 2026" / "(Sau khi có Kế hoạch…)"): nothing on the page tells that break
    // from a wrap, so here line breaks and spaces are one.
    const flat = (matrix: string[][]) => matrix.map((row) => row.map((text) => text.replace(/\s+/g, ' ')));
    expect(flat(gridToMatrix(grid.rows))).toEqual(flat(expected));
  });

  it("comes out of Word's clipboard HTML and of tab-separated text cell for cell", () => {
    expect(gridToMatrix(readClipboard({ html: tableToWordClipboardHtml(table) }).rows)).toEqual(expected);
    expect(gridToMatrix(readClipboard({ text: tableToTsv(table) }).rows)).toEqual(expected);
  });
});
