import {
  parsePlanGrid,
  parsePlanText,
  TABLE_VARIANTS,
  type ParseResult,
  type TableVariant,
} from '@dondoc/plan-parser';
import { DEMO_WARDS, readSeedPlanText } from '@dondoc/seed-data';
import type { Browser } from 'playwright-core';
import { buildDocx } from '../testing/build-docx';
import { buildXlsx } from '../testing/build-xlsx';
import { launchPrintingChromium, printPdf } from '../testing/chromium';
import { tableToHtmlPage, tableToTsv, tableToWordClipboardHtml } from '../testing/grid-html';
import { seedParserTable } from '../testing/seed-tables';
import type { TableFixture } from '../testing/table-fixture';
import type { PlanGrid } from './grid';
import { readClipboard, readPlanFile } from './read-plan-file';
import { headerScore, MIN_HEADER_SCORE } from './table-score';

function wardOf(code: string) {
  const ward = DEMO_WARDS.find((candidate) => candidate.code === code);
  if (!ward) throw new Error(`no seed ward ${code}`);
  return { units: ward.units, groups: ward.groups, year: 2026 };
}

const who = (codes: string[], groups: string[]) => [...codes, ...groups.map((name) => `[${name}]`)];

/** The parsed tasks as the variants state them: number, content, who, deadline, section. */
function tasksOf(result: ParseResult) {
  return result.plan.tasks.map((task) => ({
    number: task.number,
    content: task.content,
    leads: who(task.leadUnitCodes, task.leadGroupNames),
    cooperators: who(task.cooperatorUnitCodes, task.cooperatorGroupNames),
    deadline: task.deadlineText,
    sectionKey: task.sectionKey,
  }));
}

const fixtureOf = (variant: TableVariant): TableFixture => ({
  title: (variant.grid.textBefore ?? '').split('\n').filter((line) => line.trim() !== ''),
  rows: variant.grid.rows,
});

type Format = 'docx' | 'xlsx' | 'pdf' | 'Word clipboard HTML' | 'TSV';
const FORMATS: Format[] = ['docx', 'xlsx', 'pdf', 'Word clipboard HTML', 'TSV'];

async function readAs(format: Format, table: TableFixture, browser: Browser): Promise<PlanGrid> {
  switch (format) {
    case 'docx':
      return readPlanFile(await buildDocx(table));
    case 'xlsx':
      return readPlanFile(await buildXlsx(table));
    case 'pdf':
      return readPlanFile(await printPdf(browser, tableToHtmlPage(table)));
    case 'Word clipboard HTML':
      return readClipboard({ html: tableToWordClipboardHtml(table) });
    case 'TSV':
      return readClipboard({ text: tableToTsv(table) });
  }
}

/**
 * What a format cannot carry. Tab-separated text and a PDF's text layer hold a vertically merged
 * cell's text once, in its first row (the PDF reader does not read ruling lines), so the rows it
 * covers lose it; and a PDF header cell spanning two sub-headers ("Đơn vị thực hiện" over "Chủ
 * trì | Phối hợp") makes them one column. Those variants are read from the formats that keep merges.
 */
function carries(format: Format, variant: TableVariant): boolean {
  const spansDown = variant.grid.rows.slice(1).some((row) => row.some((cell) => (cell.rowSpan ?? 1) > 1));
  const spanningHeader = variant.grid.rows.some(
    (row) =>
      headerScore(row.map((cell) => cell.text)) >= MIN_HEADER_SCORE &&
      row.some((cell) => (cell.colSpan ?? 1) > 1),
  );
  if (format === 'TSV') return !spansDown;
  if (format === 'pdf') return !spansDown && !spanningHeader;
  return true;
}

describe('the same tasks out of every format', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchPrintingChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(FORMATS)('from %s', (format) => {
    it.each(
      TABLE_VARIANTS.filter((variant) => carries(format, variant)).map(
        (variant) => [variant.name, variant] as const,
      ),
    )('table variant %s', async (_name, variant) => {
      const grid = await readAs(format, fixtureOf(variant), browser);
      expect(tasksOf(parsePlanGrid(grid, wardOf('HD')))).toEqual(variant.expected.tasks);
    });

    it.each(DEMO_WARDS.map((ward) => [ward.plans[0].file, ward.code] as const))(
      'seed plan %s, row for row as its text reads today',
      async (file, code) => {
        const options = wardOf(code);
        const grid = await readAs(format, seedParserTable(file), browser);
        expect(tasksOf(parsePlanGrid(grid, options))).toEqual(
          tasksOf(parsePlanText(readSeedPlanText(file), options)),
        );
      },
    );
  });
});
