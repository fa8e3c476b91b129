export { DOCX_MIME_TYPE, XLSX_MIME_TYPE } from './lib/mime-types';
export * from './lib/model';
export { buildReportDocx } from './lib/report-docx-on-demand';
export { NO_TASKS, REPORT_CATEGORIES, TASK_STATUS_LABELS_VI, countStatuses, totalOf } from './lib/status';
export { buildBoardWorkbook, type BoardWorkbookOptions } from './lib/xlsx/board-workbook';
export { buildPlanWorkbook, type PlanWorkbookOptions } from './lib/xlsx/plan-workbook';
