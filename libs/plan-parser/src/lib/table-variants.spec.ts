import { parsePlanGrid } from './parse-plan-grid';
import { parsePlanText } from './parse-plan-text';
import { seedWard, whoOf } from './test-support';
import { largePlanGrid } from './testing/large-plan-grid';
import { TABLE_VARIANTS, type TableVariant, type TableVariantTask } from './testing/table-variants';
import type { ParseResult } from './types';

const ward = seedWard('HD');
const options = { units: ward.units, groups: ward.groups, year: 2026 };

function tasksOf(result: ParseResult): TableVariantTask[] {
  return result.plan.tasks.map((task) => ({
    number: task.number,
    content: task.content,
    leads: whoOf(task.leadUnitCodes, task.leadGroupNames).split(' + ').filter(Boolean),
    cooperators: whoOf(task.cooperatorUnitCodes, task.cooperatorGroupNames).split(' + ').filter(Boolean),
    deadline: task.deadlineText,
    sectionKey: task.sectionKey,
  }));
}

function expectVariant(result: ParseResult, variant: TableVariant): void {
  expect(tasksOf(result)).toEqual(variant.expected.tasks);
  expect(result.plan.sections.map(({ key, title }) => ({ key, title }))).toEqual(variant.expected.sections);
  expect(result.warnings.map((warning) => warning.code)).toEqual(variant.expected.warningCodes);
}

/** A grid without merged cells, as the tab-separated text a person would paste. */
function asTsv(variant: TableVariant): string | null {
  const merges = variant.grid.rows.some((row) =>
    row.some((cell) => (cell.colSpan ?? 1) > 1 || (cell.rowSpan ?? 1) > 1),
  );
  if (merges || variant.grid.rows.some((row) => row.some((cell) => cell.text.includes('\n')))) return null;
  return variant.grid.rows.map((row) => row.map((cell) => cell.text).join('\t')).join('\n');
}

describe('parsePlanGrid on table variants of our own making', () => {
  it('has at least fifteen variants, each with a distinct name', () => {
    expect(TABLE_VARIANTS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(TABLE_VARIANTS.map((variant) => variant.name)).size).toBe(TABLE_VARIANTS.length);
  });

  it.each(TABLE_VARIANTS.map((variant) => [variant.name, variant] as const))(
    '%s: reads the expected tasks, sections and warnings',
    (_name, variant) => {
      expectVariant(parsePlanGrid(variant.grid, options), variant);
    },
  );

  it.each(
    TABLE_VARIANTS.filter((variant) => asTsv(variant) !== null).map(
      (variant) => [variant.name, variant] as const,
    ),
  )('%s: pasted as tab-separated text, gives the same tasks', (_name, variant) => {
    expectVariant(parsePlanText(asTsv(variant) as string, options), variant);
  });
});

describe('parsePlanGrid on a 300-task plan', () => {
  const result = parsePlanGrid(largePlanGrid(), options);

  it('reads every task once, in ten sections, skipping the repeated headers', () => {
    expect(result.plan.tasks.map((task) => task.number)).toEqual(
      Array.from({ length: 300 }, (_, index) => String(index + 1)),
    );
    expect(result.plan.sections).toHaveLength(10);
    expect(result.plan.tasks[299].sectionKey).toBe('X');
  });

  it('resolves every unit and reads the title above the table', () => {
    expect(result.warnings).toEqual([]);
    expect(result.plan.title).toBe('Cải cách hành chính nhà nước năm 2026');
  });
});
