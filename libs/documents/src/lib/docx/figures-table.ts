import { Table, TableLayoutType, TableRow, WidthType } from 'docx';
import type { ReportResultSection, StatusCounts } from '../model';
import { REPORT_CATEGORIES, TASK_STATUS_LABELS_VI, totalOf } from '../status';
import { formatPercent } from '../vietnamese-text';
import { PORTRAIT_TEXT_WIDTH } from './layout';
import { headerCell, TABLE_CELL_MARGINS, tableCell } from './table-cells';

const NAME_WIDTH = 2355;
const NUMBER_WIDTH = Math.floor((PORTRAIT_TEXT_WIDTH - NAME_WIDTH) / 7);
const WIDTHS = [NAME_WIDTH, ...Array.from({ length: 7 }, () => NUMBER_WIDTH)];

const HEADERS = [
  'Lĩnh vực',
  'Tổng số',
  ...REPORT_CATEGORIES.map((category) => TASK_STATUS_LABELS_VI[category]),
  'Đã hủy',
  'Tỷ lệ hoàn thành đúng hạn',
];

function figuresRow(name: string, counts: StatusCounts, bold = false): TableRow {
  const total = totalOf(counts);
  const numbers = [
    String(total),
    ...REPORT_CATEGORIES.map((category) => String(counts[category])),
    String(counts.cancelled),
    formatPercent(counts.completed_on_time, total),
  ];
  return new TableRow({
    cantSplit: true,
    children: [
      tableCell(WIDTHS[0], { text: name, bold }),
      ...numbers.map((text, index) => tableCell(WIDTHS[index + 1], { text, bold, align: 'centre' })),
    ],
  });
}

/**
 * The period's figures by section of the plan, with the plan's total last: the table that opens
 * part I of the report. The numbers are the fold's, written as they come.
 */
export function figuresTable(sections: readonly ReportResultSection[], total: StatusCounts): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: WIDTHS.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: WIDTHS,
    margins: TABLE_CELL_MARGINS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: HEADERS.map((text, index) => headerCell(WIDTHS[index], text)),
      }),
      ...sections.map((section, index) => figuresRow(`${index + 1}. ${section.title}`, section.figures)),
      figuresRow('Tổng cộng', total, true),
    ],
  });
}
