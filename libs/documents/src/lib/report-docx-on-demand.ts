import type { ReportModel } from './model';

/**
 * The Word report (report-docx.ts), with docx and the report's builders loaded by the first
 * report: 3 MB of heap a backend need not hold until someone asks for one.
 */
export async function buildReportDocx(model: ReportModel): Promise<Buffer> {
  const { buildReportDocx: build } = await import('./report-docx');
  return build(model);
}
