import type { PlanGrid } from './grid';
import { readHtmlTables } from './html-tables';
import { pickTaskTable } from './pick-table';

/** A table pasted from Word or Excel (the clipboard's text/html), or any HTML page with one. */
export function readHtmlGrid(html: string): PlanGrid {
  return pickTaskTable(readHtmlTables(html), { format: 'html' });
}
