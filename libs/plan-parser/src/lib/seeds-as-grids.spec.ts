import { parsePlanGrid } from './parse-plan-grid';
import { parseSeed, seedText, seedWard } from './test-support';
import { planTextToGrid } from './text-to-grid';
import type { ParsedTask, ParseResult } from './types';

/** What the preview shows of a task, beside its place in the source (which differs by format). */
function essentials(task: ParsedTask) {
  const { sourceRow: _sourceRow, ...rest } = task;
  return rest;
}

describe.each(['HD', 'NC', 'BHL'] as const)('the %s seed plan read as a grid', (code) => {
  const fromText = parseSeed(code);
  const grid = planTextToGrid(seedText(code));
  const fromGrid: ParseResult = parsePlanGrid(grid ?? { rows: [] }, {
    units: seedWard(code).units,
    groups: seedWard(code).groups,
  });

  it('gives the same tasks, row for row, as the text', () => {
    expect(fromGrid.plan.tasks.length).toBe(fromText.plan.tasks.length);
    expect(fromGrid.plan.tasks.map(essentials)).toEqual(fromText.plan.tasks.map(essentials));
  });

  it('gives the same sections, shape and header facts', () => {
    const { tasks: _a, ...planFromGrid } = fromGrid.plan;
    const { tasks: _b, ...planFromText } = fromText.plan;
    expect(planFromGrid).toEqual(planFromText);
  });

  it('gives the same warnings', () => {
    expect(fromGrid.warnings.map(({ code, subject }) => [code, subject])).toEqual(
      fromText.warnings.map(({ code, subject }) => [code, subject]),
    );
  });
});
