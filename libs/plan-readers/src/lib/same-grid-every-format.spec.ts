import type { Browser } from 'playwright-core';
import { buildDocx } from '../testing/build-docx';
import { buildXlsx } from '../testing/build-xlsx';
import { launchPrintingChromium, printPdf } from '../testing/chromium';
import { tableToHtmlPage, tableToTsv, tableToWordClipboardHtml } from '../testing/grid-html';
import { MERGED_CELLS_TABLE } from '../testing/table-fixture';
import { gridToMatrix } from './grid';
import { readClipboard, readPlanFile } from './read-plan-file';

describe('one table, every format, the same grid', () => {
  const expected = gridToMatrix(MERGED_CELLS_TABLE.rows);
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchPrintingChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reads a .docx written by the docx library with its merged cells and paragraphs', async () => {
    const grid = await readPlanFile(await buildDocx(MERGED_CELLS_TABLE));
    expect(grid.source.format).toBe('docx');
    expect(gridToMatrix(grid.rows)).toEqual(expected);
    expect(grid.rows[1][0]).toEqual({ text: 'I. Chỉ đạo điều hành, kiểm tra và tuyên truyền', colSpan: 6 });
    expect(grid.rows[2][2]).toEqual({ text: 'Phòng Văn hóa - Xã hội', rowSpan: 2 });
    expect(grid.heading).toEqual(MERGED_CELLS_TABLE.title);
  });

  it('reads an .xlsx written by exceljs with a blank first column and a title above', async () => {
    const grid = await readPlanFile(await buildXlsx(MERGED_CELLS_TABLE));
    expect(grid.source).toEqual({ format: 'xlsx', sheet: 'Phụ lục' });
    expect(gridToMatrix(grid.rows)).toEqual(expected);
    expect(grid.rows[2][2]).toEqual({ text: 'Phòng Văn hóa - Xã hội', rowSpan: 2 });
    expect(grid.heading).toEqual(MERGED_CELLS_TABLE.title);
  });

  it('reads a PDF printed by Chromium from the same table', async () => {
    const grid = await readPlanFile(await printPdf(browser, tableToHtmlPage(MERGED_CELLS_TABLE)));
    expect(grid.source.format).toBe('pdf');
    expect(gridToMatrix(grid.rows)).toEqual(expected);
    expect(grid.heading).toEqual(MERGED_CELLS_TABLE.title);
  });

  it("reads Word's clipboard HTML and Excel's clipboard text", () => {
    const html = readClipboard({ html: tableToWordClipboardHtml(MERGED_CELLS_TABLE), text: 'ignored' });
    expect(gridToMatrix(html.rows)).toEqual(expected);
    const text = readClipboard({ text: tableToTsv(MERGED_CELLS_TABLE) });
    expect(gridToMatrix(text.rows)).toEqual(expected);
  });
});
