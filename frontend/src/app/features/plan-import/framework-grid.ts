import { FRAMEWORK_TABLE_HEADERS } from '@dondoc/contracts';
import type { EditableRow } from './edit-rows';
import type { GridCell, PreviewGrid, PreviewSection } from './plan-import.types';

const LEVELS = ['target', 'task', 'activity'] as const;

/** The cells every item of one framework row shares, in the order of the table's columns after "Hoạt động". */
const SHARED = ['deliverable', 'leadText', 'cooperatorText', 'deadlineText', 'budgetText'] as const;

function levelIndex(row: EditableRow): number {
  return LEVELS.indexOf(row.level as (typeof LEVELS)[number]);
}

/**
 * Whether a row can stand in the same table row as the group before it: it was read from that row,
 * comes after the group's items in level order, and still shares every cell with them. Keeping the
 * items of a row together keeps what the parser derives from them together, e.g. two tasks and two
 * activities of one row paired in order (2.29 → 3.51, 2.30 → 3.52).
 */
function joins(group: readonly EditableRow[], row: EditableRow): boolean {
  const first = group[0];
  const last = group[group.length - 1];
  return (
    row.read !== null &&
    first.read !== null &&
    row.read.sourceRow === first.read.sourceRow &&
    row.sectionKey === first.sectionKey &&
    levelIndex(row) >= levelIndex(last) &&
    SHARED.every((field) => row[field] === first[field])
  );
}

function groupsOf(rows: readonly EditableRow[]): EditableRow[][] {
  const groups: EditableRow[][] = [];
  for (const row of rows) {
    const group = groups[groups.length - 1];
    if (group && joins(group, row)) group.push(row);
    else groups.push([row]);
  }
  return groups;
}

/** "1.2. Nội dung": the number first, as the framework numbers its items. */
function itemText(row: EditableRow): string {
  const number = row.number.trim();
  return number ? `${number}. ${row.content}` : row.content;
}

function tableRow(group: readonly EditableRow[]): GridCell[] {
  const first = group[0];
  const items = LEVELS.map((level) =>
    group
      .filter((row) => row.level === level)
      .map(itemText)
      .join('\n'),
  );
  return ['', ...items, ...SHARED.map((field) => first[field])].map((text) => ({ text }));
}

function sectionRow(section: PreviewSection): GridCell[] {
  // "I" or "7.1" in the number column, the title beside it, as the framework writes its headings.
  return [section.key, section.title, ...FRAMEWORK_TABLE_HEADERS.slice(2).map(() => '')].map((text) => ({
    text,
  }));
}

/** The corrected rows of a framework written back as a framework table. */
export function frameworkRowsToGrid(
  sections: readonly PreviewSection[],
  rows: readonly EditableRow[],
  textBefore: string,
): PreviewGrid {
  const grid: GridCell[][] = [FRAMEWORK_TABLE_HEADERS.map((text) => ({ text }))];
  const known = new Set(sections.map((section) => section.key));
  const write = (inSection: readonly EditableRow[]) => {
    for (const group of groupsOf(inSection)) grid.push(tableRow(group));
  };
  write(rows.filter((row) => row.sectionKey === null || !known.has(row.sectionKey)));
  for (const section of sections) {
    grid.push(sectionRow(section));
    write(rows.filter((row) => row.sectionKey === section.key));
  }
  return { rows: grid, textBefore };
}
