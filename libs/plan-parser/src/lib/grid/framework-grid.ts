import type { Cell, Row } from '../framework-table';
import type { ParsedSection, ParseWarning } from '../types';
import type { DenseRow } from './cell-grid';
import { isColumnIndexRow, isRepeatedHeader, type GridHeader } from './find-grid-header';
import { SECTION_KEY } from './row-markers';

const SUB_SECTION = /^(\d{1,2}\.\d{1,2})\.?$/;
const HIERARCHY_ITEM = /^[123]\.\d{1,3}\.?(?:\s|$)/m;

function cellOf(text: string, row: number): Cell | undefined {
  if (text === '') return undefined;
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ text: line, row }));
  return { lines, row };
}

/**
 * The framework (Mục tiêu – Nhiệm vụ – Hoạt động) as a document's table: one row per grid row,
 * with "I" or "7.1" in the number column and a title beside it opening a section.
 */
export function frameworkRowsOfGrid(
  rows: DenseRow[],
  header: GridHeader,
): { rows: Row[]; sections: ParsedSection[]; warnings: ParseWarning[] } {
  const numberColumn = header.columns.indexOf('number');
  const hierarchy = ['target', 'task', 'activity'].map((key) => header.columns.indexOf(key as never));
  const sections: ParsedSection[] = [];
  const result: Row[] = [];
  let sectionKey: string | null = null;
  let romanKey: string | null = null;

  for (const row of rows.slice(header.bodyStart)) {
    if (row.cells.every((cell) => cell === '') || isRepeatedHeader(row) || isColumnIndexRow(row)) continue;
    const number = numberColumn >= 0 ? row.cells[numberColumn] : '';
    const roman = SECTION_KEY.exec(number);
    const sub = SUB_SECTION.exec(number);
    const hasItems = hierarchy.some((column) => column >= 0 && HIERARCHY_ITEM.test(row.cells[column]));
    if ((roman || sub) && !hasItems) {
      const title = row.cells.find((cell, column) => column !== numberColumn && cell !== '') ?? '';
      const key = roman ? roman[1] : (sub as RegExpExecArray)[1];
      if (roman) romanKey = key;
      sectionKey = key;
      const clean = title.replace(/\s+/g, ' ').trim();
      sections.push(!roman && romanKey ? { key, title: clean, parentKey: romanKey } : { key, title: clean });
      continue;
    }
    result.push({ cells: row.cells.map((cell) => cellOf(cell, row.sourceRow)), sectionKey });
  }
  return { rows: result, sections, warnings: [] };
}
