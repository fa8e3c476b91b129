import { Paragraph, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import type { AppendixTask, PlanAppendixModel, ReportModel } from '../model';
import { TASK_STATUS_LABELS_VI } from '../status';
import { dateInWords, formatDateVi, nfc, upperVi } from '../vietnamese-text';
import { centred, LANDSCAPE_TEXT_WIDTH, mm } from './layout';
import { wardCommittee } from './national-heading';
import { headerCell, TABLE_CELL_MARGINS, tableCell } from './table-cells';

/** STT, Nội dung, Chủ trì, Thời hạn, Kết quả, Trạng thái: content and result get the room. */
const SHARES = [0.05, 0.33, 0.13, 0.11, 0.26, 0.12];
const WIDTHS = SHARES.map((share) => Math.floor(share * LANDSCAPE_TEXT_WIDTH));
const TABLE_WIDTH = WIDTHS.reduce((sum, width) => sum + width, 0);
const HEADERS = ['STT', 'Nội dung nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Kết quả thực hiện', 'Trạng thái'];

function deadlineCell(task: AppendixTask): string {
  const due = task.due ? formatDateVi(task.due) : null;
  return due && due !== task.deadlineText ? `${task.deadlineText}\n(hạn: ${due})` : task.deadlineText;
}

function statusCell(task: AppendixTask): string {
  const label = TASK_STATUS_LABELS_VI[task.status];
  if (task.completedOn) return `${label}\n(${formatDateVi(task.completedOn)})`;
  return task.daysLate ? `${label}\n(trễ ${task.daysLate} ngày)` : label;
}

const taskRow = (task: AppendixTask): TableRow =>
  new TableRow({
    children: [
      tableCell(WIDTHS[0], { text: task.number, align: 'centre' }),
      tableCell(WIDTHS[1], { text: task.content }),
      tableCell(WIDTHS[2], { text: task.lead }),
      tableCell(WIDTHS[3], { text: deadlineCell(task), align: 'centre' }),
      tableCell(WIDTHS[4], { text: task.result }),
      tableCell(WIDTHS[5], { text: statusCell(task), align: 'centre' }),
    ],
  });

/** A section of the plan: one bold row across the table. */
const sectionRow = (title: string): TableRow =>
  new TableRow({
    cantSplit: true,
    children: [tableCell(TABLE_WIDTH, { text: title, bold: true }, { columnSpan: WIDTHS.length })],
  });

/** The task table, its header row repeated on every page it runs over. */
export function appendixTable(appendix: PlanAppendixModel): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: WIDTHS,
    margins: TABLE_CELL_MARGINS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: HEADERS.map((text, index) => headerCell(WIDTHS[index], text)),
      }),
      ...appendix.sections.flatMap((section) => [sectionRow(section.title), ...section.tasks.map(taskRow)]),
    ],
  });
}

/**
 * The Phụ lục of the report, on its own landscape pages: "Phụ lục" (bold), its name in capitals,
 * the italic line tying it to the report, then the task table.
 */
export function appendixPage(model: ReportModel): (Paragraph | Table)[] {
  const reportNumber = `${model.number ?? '\u00a0'.repeat(6)}/${model.symbol ?? 'BC-UBND'}`;
  return [
    centred('Phụ lục', { size: 14, bold: true }),
    centred(upperVi(`Tình hình thực hiện nhiệm vụ Kế hoạch số ${model.appendix.planReference}`), {
      size: 13,
      bold: true,
    }),
    centred(nfc(model.appendix.planTitle), { size: 13, bold: true }),
    centred(
      `(Kèm theo Báo cáo số ${reportNumber} ${dateInWords(model.date, model.year)} của ${wardCommittee(model.ward)}; số liệu tính đến ngày ${formatDateVi(model.appendix.asOf)})`,
      { size: 13, italics: true },
      120,
    ),
    new Paragraph({ spacing: { before: 0, after: mm(1) }, children: [] }),
    appendixTable(model.appendix),
  ];
}
