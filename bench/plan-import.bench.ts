/**
 * How long it takes to read a 300-row plan into a grid of cells from each format a ward receives
 * (.docx, .xlsx, a PDF printed by Chromium, Word's clipboard HTML, tab-separated text), beside a
 * baseline from the same run that does only the least any reader of that format must do: expand
 * every part of the zip, extract the PDF's positioned text, tokenise the HTML, split the text.
 * Once @dondoc/plan-parser exports parsePlanGrid, the time to parsed rows is printed too.
 *
 *   npx tsx --tsconfig bench/tsconfig.json bench/plan-import.bench.ts [runs] [rows]
 */
import * as PlanParser from '@dondoc/plan-parser';
import * as PlanReaders from '@dondoc/plan-readers';
import { DEMO_WARDS } from '@dondoc/seed-data';
import { Parser } from 'htmlparser2';
import JSZip from 'jszip';
import { planFixtures } from './support/plan-fixtures';
import { printTable, timeRuns } from './support/stats';

const RUNS = Number(process.argv[2] ?? 10);
const ROWS = Number(process.argv[3] ?? 300);
const WARMUP = 2;

const time = (work: () => unknown) => timeRuns(RUNS, WARMUP, work);

async function unzipEverything(bytes: Buffer): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  let total = 0;
  for (const entry of Object.values(zip.files))
    if (!entry.dir) total += (await entry.async('uint8array')).length;
  return total;
}

function tokenise(html: string): number {
  let tags = 0;
  const parser = new Parser({ onopentag: () => tags++ });
  parser.write(html);
  parser.end();
  return tags;
}

function splitOnly(text: string): number {
  let cells = 0;
  for (const line of text.split('\n')) cells += line.split('\t').length;
  return cells;
}

interface Case {
  format: string;
  bytes: number;
  read: () => Promise<PlanReaders.PlanGrid> | PlanReaders.PlanGrid;
  baselineName: string;
  baseline: () => unknown;
}

async function main(): Promise<void> {
  const readers = PlanReaders;
  const parsePlanGrid = PlanParser.parsePlanGrid;
  const ward = DEMO_WARDS[0];
  const options: PlanParser.ParseOptions = { units: ward.units, groups: ward.groups };

  const { docx, xlsx, pdf, html, tsv } = await planFixtures(ROWS);

  const cases: Case[] = [
    {
      format: '.docx',
      bytes: docx.length,
      read: () => readers.readPlanFile(docx),
      baselineName: 'unzip all parts',
      baseline: () => unzipEverything(docx),
    },
    {
      format: '.xlsx',
      bytes: xlsx.length,
      read: () => readers.readPlanFile(xlsx),
      baselineName: 'unzip all parts',
      baseline: () => unzipEverything(xlsx),
    },
    {
      format: '.pdf',
      bytes: pdf.length,
      read: () => readers.readPlanFile(pdf),
      baselineName: 'pdf.js text only',
      baseline: () => readers.readPdfText(pdf),
    },
    {
      format: 'Word clipboard HTML',
      bytes: Buffer.byteLength(html),
      read: () => readers.readClipboard({ html }),
      baselineName: 'tokenise HTML',
      baseline: () => tokenise(html),
    },
    {
      format: 'TSV text',
      bytes: Buffer.byteLength(tsv),
      read: () => readers.readClipboard({ text: tsv }),
      baselineName: 'split lines/tabs',
      baseline: () => splitOnly(tsv),
    },
  ];

  const rows: Record<string, string | number>[] = [];
  for (const item of cases) {
    const grid = await item.read();
    const read = await time(item.read);
    const baseline = await time(item.baseline);
    const row: Record<string, string | number> = {
      format: item.format,
      kB: Math.round(item.bytes / 1024),
      'grid rows': grid.rows.length,
      'read p50 ms': read.p50.toFixed(1),
      'read p95 ms': read.p95.toFixed(1),
      baseline: item.baselineName,
      'baseline p50 ms': baseline.p50.toFixed(1),
      'read / baseline': (read.p50 / baseline.p50).toFixed(1),
    };
    const parsed = await time(async () => parsePlanGrid(await item.read(), options));
    row['tasks'] = parsePlanGrid(grid, options).plan.tasks.length;
    row['read+parse p50 ms'] = parsed.p50.toFixed(1);
    rows.push(row);
  }
  printTable(
    `Reading a ${ROWS}-row plan into a grid and parsed rows, ${RUNS} runs each after ${WARMUP} warm-up runs`,
    rows,
  );
}

void main();
