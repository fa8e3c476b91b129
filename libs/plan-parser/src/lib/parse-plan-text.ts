import { assembleResult, emptyResult, internalErrorResult, NO_TABLE_MESSAGE } from './assemble-result';
import { readFrameworkTable } from './framework-table';
import { readGridTable } from './grid/read-grid-table';
import { checkPlanInput } from './input-guard';
import { normalizePlanText } from './normalize-text';
import { readPlanMetadata } from './plan-metadata';
import { findTable } from './table-header';
import { tsvLinesToGrid } from './text-to-grid';
import type { ParseOptions, ParseResult } from './types';

export { MAX_WARNINGS } from './assemble-result';

function parse(text: string, options: ParseOptions): ParseResult {
  const refused = checkPlanInput(text);
  if (refused) return emptyResult(refused);

  const normalized = normalizePlanText(text);
  const lines = normalized.split('\n');
  const metadata = readPlanMetadata(normalized, options?.year);
  const table = findTable(lines);
  // The framework's one-cell-per-line text has its own row reader; every other table is a grid.
  if (table?.layout === 'framework') {
    return assembleResult(readFrameworkTable(lines, table), table.shape, options, metadata);
  }
  const read = readGridTable(tsvLinesToGrid(lines));
  if (!read) return emptyResult({ row: 0, code: 'no_table', message: NO_TABLE_MESSAGE }, metadata);
  return assembleResult(read.table, read.shape, options, metadata, read.warnings);
}

/**
 * Reads the task table of a ward plan pasted as text (tab-separated cells, or the framework's
 * one cell per line). Never throws: text that cannot be read gives a result with no tasks and a
 * warning that says why (empty, binary, too_large, no_table).
 */
export function parsePlanText(text: string, options: ParseOptions): ParseResult {
  try {
    return parse(text, options);
  } catch (error) {
    return internalErrorResult(error);
  }
}
