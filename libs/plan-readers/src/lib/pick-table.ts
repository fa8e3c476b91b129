import { finishGrid } from './finish-grid';
import { gridToMatrix, type GridSource, type PlanGrid } from './grid';
import type { HtmlTable } from './html-tables';
import { PlanReadError } from './read-error';
import { tableScore } from './table-score';

/** The task table among a document's tables: the best plan-like header, then the longest. */
export function pickTaskTable(tables: HtmlTable[], source: GridSource): PlanGrid {
  let best: { index: number; score: number } | null = null;
  tables.forEach((table, index) => {
    const score = tableScore(gridToMatrix(table.rows));
    if (score > 0 && (!best || score > best.score)) best = { index, score };
  });
  if (!best) throw new PlanReadError('no_table');
  const { index } = best;
  return finishGrid(tables[index].rows, tables[index].textBefore, { ...source, tableIndex: index });
}
