/**
 * How long the exports of a 300-task plan take: the Word report (Nghị định 30/2020 format, its
 * Phụ lục holding every task) and the plan's workbook (task sheet and figures per unit), each
 * beside a baseline from the same run that writes only the task table with the same library and
 * no styling at all (the least such a file costs).
 *
 *   npx tsx --tsconfig bench/tsconfig.json bench/report-documents.bench.ts [runs] [tasks]
 */
import type * as Documents from '@dondoc/documents';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { printTable, summarize } from './support/stats';

const RUNS = Number(process.argv[2] ?? 20);
const TASKS = Number(process.argv[3] ?? 300);
const WARMUP = 3;

async function time(work: () => Promise<Buffer>): Promise<{ p50: number; p95: number; kB: number }> {
  let bytes = 0;
  for (let run = 0; run < WARMUP; run++) bytes = (await work()).length;
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = process.hrtime.bigint();
    bytes = (await work()).length;
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const { p50, p95 } = summarize(samples);
  return { p50, p95, kB: bytes / 1024 };
}

const STATUSES: Documents.TaskReportStatus[] = [
  'completed_on_time',
  'completed_late',
  'in_progress_on_time',
  'in_progress_overdue',
  'cancelled',
];
const UNITS = [
  'Phòng Văn hóa - Xã hội',
  'Phòng Kinh tế, Hạ tầng và Đô thị',
  'Văn phòng HĐND&UBND',
  'Công an phường',
];

/** A plan of `count` tasks over seven sections, with texts as long as the seed plans' and every status. */
function appendixOf(count: number): Documents.PlanAppendixModel {
  const sections = Array.from({ length: 7 }, (_, index) => ({
    title: `${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'][index]}. Lĩnh vực cải cách số ${index + 1}`,
    tasks: [] as Documents.AppendixTask[],
  }));
  for (let index = 0; index < count; index++) {
    const status = STATUSES[index % STATUSES.length];
    const day = String((index % 28) + 1).padStart(2, '0');
    sections[Math.floor((index * 7) / count)].tasks.push({
      number: String(index + 1),
      content: `Rà soát, đơn giản hóa thủ tục hành chính, cắt giảm thời gian giải quyết hồ sơ lĩnh vực đất đai, hộ tịch (nhiệm vụ ${index + 1})`,
      lead: UNITS[index % UNITS.length],
      cooperators: 'Các phòng, đơn vị chuyên môn',
      deliverable: 'Báo cáo kết quả thực hiện',
      deadlineText: 'Quý II/2026',
      due: `2026-06-${day}`,
      result: 'Đã ban hành văn bản triển khai; tổ chức rà soát 25 thủ tục, đề xuất cắt giảm 6 thủ tục.',
      status,
      completedOn: status.startsWith('completed') ? `2026-05-${day}` : null,
      daysLate: status === 'completed_late' || status === 'in_progress_overdue' ? (index % 9) + 1 : null,
    });
  }
  return {
    planReference: '158/KH-UBND',
    planTitle: 'Kế hoạch cải cách hành chính năm 2026',
    asOf: '2026-06-14',
    sections,
  };
}

function reportOf(
  appendix: Documents.PlanAppendixModel,
  count: typeof Documents.countStatuses,
): Documents.ReportModel {
  const paragraph =
    'Các phòng, đơn vị đã chủ động triển khai, bám sát nội dung kế hoạch và thời hạn được giao.';
  return {
    ward: { name: 'Nhị Chiểu', kind: 'phường', parentBody: 'UBND thành phố Hải Phòng' },
    number: '45',
    place: 'Nhị Chiểu',
    date: '2026-06-20',
    year: 2026,
    summary: 'Kết quả thực hiện Kế hoạch cải cách hành chính 6 tháng đầu năm 2026',
    period: { label: '6 tháng đầu năm 2026', from: '2025-12-15', to: '2026-06-14' },
    figures: count(appendix.sections.flatMap((section) => section.tasks)),
    overview: [paragraph],
    sections: appendix.sections.map((section) => ({
      title: section.title,
      figures: count(section.tasks),
      paragraphs: [paragraph, paragraph],
    })),
    assessment: { strengths: [paragraph], shortcomings: [paragraph], causes: [paragraph] },
    nextTasks: [paragraph],
    proposals: [paragraph],
    recipients: ['UBND thành phố Hải Phòng', 'Sở Nội vụ'],
    archive: 'VT, VHXH',
    signer: { name: 'Nguyễn Văn An' },
    appendix,
  };
}

type Row = string[];

function tableRows(model: Documents.PlanAppendixModel): Row[] {
  return model.sections.flatMap((section) =>
    section.tasks.map((task) => [
      task.number,
      task.content,
      task.lead,
      task.deadlineText,
      task.result,
      task.status,
    ]),
  );
}

/** Baseline .docx: one unstyled table of the same six columns, nothing else. */
async function bareDocx(rows: Row[]): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const table = new Table({ rows: rows.map((row) => new TableRow({ children: row.map(cell) })) });
  return Packer.toBuffer(new Document({ sections: [{ children: [table] }] }));
}

/** Baseline .xlsx: the same rows on one sheet, no styles, widths, filter or dates. */
async function bareXlsx(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Phụ lục').addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const { buildReportDocx, buildPlanWorkbook, countStatuses }: typeof Documents =
    await import('@dondoc/documents');
  const appendix = appendixOf(TASKS);
  const report = reportOf(appendix, countStatuses);
  const rows = tableRows(appendix);

  const measured = [
    ['report .docx (buildReportDocx)', await time(() => buildReportDocx(report))],
    ['baseline .docx (bare table)', await time(() => bareDocx(rows))],
    ['plan .xlsx (buildPlanWorkbook)', await time(() => buildPlanWorkbook(appendix))],
    ['plan .xlsx, a sheet per unit', await time(() => buildPlanWorkbook(appendix, { sheetsBy: 'unit' }))],
    ['baseline .xlsx (bare rows)', await time(() => bareXlsx(rows))],
  ] as const;

  printTable(
    `Exports of a ${TASKS}-task plan in 7 sections, ${RUNS} runs each after ${WARMUP} warm-up runs (Node ${process.version})`,
    measured.map(([file, figures]) => ({
      file,
      'p50 ms': figures.p50.toFixed(1),
      'p95 ms': figures.p95.toFixed(1),
      kB: figures.kB.toFixed(0),
    })),
  );
  const ratio = (built: number, baseline: number) => (built / baseline).toFixed(1);
  console.log(
    `docx / baseline ${ratio(measured[0][1].p50, measured[1][1].p50)}×; xlsx / baseline ${ratio(measured[2][1].p50, measured[4][1].p50)}×`,
  );
}

void main();
