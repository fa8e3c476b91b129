import type { AppendixTask, PlanAppendixModel } from '../model';
import { countStatuses, REPORT_CATEGORIES, TASK_STATUS_LABELS_VI, totalOf } from '../status';
import { formatDateVi, nfc } from '../vietnamese-text';
import { sheetNames } from './sheet-names';
import { addTableSheet, type CellValue, type SheetColumn, workbookBuffer } from './table-sheet';

export interface PlanWorkbookOptions {
  /** One sheet for the whole plan (default), or one sheet per section of the plan, or per lead unit. */
  sheetsBy?: 'plan' | 'section' | 'unit';
}

/** The plan appendix's own columns, then where each task stood. */
const TASK_COLUMNS: readonly SheetColumn[] = [
  { header: 'Mục', kind: 'text', width: 24 },
  { header: 'STT', kind: 'text', width: 6 },
  { header: 'Nội dung nhiệm vụ', kind: 'text', width: 50 },
  { header: 'Cơ quan chủ trì', kind: 'text', width: 22 },
  { header: 'Cơ quan phối hợp', kind: 'text', width: 24 },
  { header: 'Sản phẩm', kind: 'text', width: 20 },
  { header: 'Thời hạn', kind: 'text', width: 16 },
  { header: 'Hạn hoàn thành', kind: 'date', width: 13 },
  { header: 'Kết quả thực hiện', kind: 'text', width: 40 },
  { header: 'Trạng thái', kind: 'text', width: 22 },
  { header: 'Ngày hoàn thành', kind: 'date', width: 13 },
  { header: 'Số ngày trễ hạn', kind: 'number', width: 10 },
];

const FIGURE_COLUMNS: readonly SheetColumn[] = [
  { header: 'Đơn vị chủ trì', kind: 'text', width: 34 },
  { header: 'Tổng số nhiệm vụ', kind: 'number', width: 12 },
  ...REPORT_CATEGORIES.map((category) => ({
    header: TASK_STATUS_LABELS_VI[category],
    kind: 'number' as const,
    width: 14,
  })),
  { header: 'Đã hủy', kind: 'number', width: 10 },
  { header: 'Tỷ lệ hoàn thành đúng hạn (%)', kind: 'number', width: 14 },
];

interface PlacedTask {
  section: string;
  task: AppendixTask;
}

const taskRow = ({ section, task }: PlacedTask): CellValue[] => [
  section,
  task.number,
  task.content,
  task.lead,
  task.cooperators,
  task.deliverable,
  task.deadlineText,
  task.due,
  task.result,
  TASK_STATUS_LABELS_VI[task.status],
  task.completedOn,
  task.daysLate,
];

/** A task whose lead is still to be chosen is counted apart, under a name that says so. */
const leadOf = ({ task }: PlacedTask): string => task.lead.trim() || 'Chưa xác định đơn vị chủ trì';

/** Tasks grouped by a key, the groups in the order their first task appears in the plan. */
function groupBy(
  tasks: readonly PlacedTask[],
  key: (placed: PlacedTask) => string,
): Map<string, PlacedTask[]> {
  const groups = new Map<string, PlacedTask[]>();
  for (const placed of tasks) {
    const name = nfc(key(placed));
    groups.set(name, [...(groups.get(name) ?? []), placed]);
  }
  return groups;
}

function figureRow(unit: string, tasks: readonly AppendixTask[]): CellValue[] {
  const counts = countStatuses(tasks);
  const total = totalOf(counts);
  const onTimeShare = total === 0 ? 0 : Math.round((counts.completed_on_time * 1000) / total) / 10;
  return [
    unit,
    total,
    ...REPORT_CATEGORIES.map((category) => counts[category]),
    counts.cancelled,
    onTimeShare,
  ];
}

/**
 * The plan's appendix as an .xlsx: its own columns plus result, status (the four categories or
 * cancelled), completion date and days late, on one sheet or one per section or lead unit; then
 * a sheet of figures per lead unit counted from the same rows, so the two sheets always agree.
 */
export async function buildPlanWorkbook(
  model: PlanAppendixModel,
  options: PlanWorkbookOptions = {},
): Promise<Buffer> {
  // Loaded on first use: exceljs is 7 MB of heap a backend need not hold until a sheet is read or written.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'Đôn Đốc';
  const titleLines = [
    nfc(`Tình hình thực hiện nhiệm vụ Kế hoạch số ${model.planReference}`),
    nfc(`${model.planTitle} — số liệu tính đến ngày ${formatDateVi(model.asOf)}`),
  ];
  const tasks = model.sections.flatMap((section) =>
    section.tasks.map((task) => ({ section: section.title, task })),
  );
  const sheetsBy = options.sheetsBy ?? 'plan';
  const groups =
    sheetsBy === 'plan'
      ? new Map([['Phụ lục', tasks]])
      : groupBy(tasks, sheetsBy === 'section' ? (placed) => placed.section : leadOf);
  const figures = groupBy(tasks, leadOf);
  const names = sheetNames([...groups.keys(), 'Số liệu theo đơn vị']);
  [...groups.values()].forEach((group, index) =>
    addTableSheet(workbook, {
      name: names[index],
      titleLines,
      columns: TASK_COLUMNS,
      rows: group.map(taskRow),
    }),
  );
  addTableSheet(workbook, {
    name: names[names.length - 1],
    titleLines: [nfc(`Số liệu theo đơn vị chủ trì — Kế hoạch số ${model.planReference}`), titleLines[1]],
    columns: FIGURE_COLUMNS,
    rows: [...figures].map(([unit, placed]) =>
      figureRow(
        unit,
        placed.map(({ task }) => task),
      ),
    ),
    footerRows: [
      figureRow(
        'Tổng cộng',
        tasks.map(({ task }) => task),
      ),
    ],
  });
  return workbookBuffer(workbook);
}
