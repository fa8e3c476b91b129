import fc from 'fast-check';
import type { CellGrid } from './grid/cell-grid';
import { MAX_GRID_CELLS, parsePlanGrid } from './parse-plan-grid';
import { seedWard } from './test-support';
import type { ParseResult } from './types';

const ward = seedWard('HD');
const parse = (grid: CellGrid): ParseResult =>
  parsePlanGrid(grid, { units: ward.units, groups: ward.groups });
const HEADER = ['TT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời hạn'].map((text) => ({ text }));

describe('parsePlanGrid on grids that are not a plan', () => {
  it.each<[string, CellGrid, string]>([
    ['no rows', { rows: [] }, 'empty'],
    ['rows of empty cells', { rows: [[{ text: ' ' }, { text: '' }], []] }, 'empty'],
    [
      'a table without a header',
      { rows: [[{ text: '1' }, { text: 'Ban hành' }, { text: 'Phòng VHXH' }]] },
      'no_table',
    ],
    ['a header and nothing under it', { rows: [HEADER] }, 'no_tasks'],
  ])('answers %s with no tasks and a "%s" warning', (_label, grid, code) => {
    const result = parse(grid);
    expect(result.plan.tasks).toEqual([]);
    expect(result.warnings.map((warning) => warning.code)).toContain(code);
  });

  it('refuses a grid of more cells than any plan has, before reading it', () => {
    const row = Array.from({ length: 100 }, () => ({ text: 'x' }));
    const grid = { rows: [HEADER, ...Array.from({ length: MAX_GRID_CELLS / 100 + 1 }, () => row)] };
    expect(parse(grid).warnings.map((warning) => warning.code)).toEqual(['too_large']);
  });

  it('survives a caller that passes no grid or no catalog', () => {
    expect(parsePlanGrid(undefined as never, undefined as never).warnings[0].code).toBe('empty');
    const result = parsePlanGrid(
      {
        rows: [
          HEADER,
          HEADER.map((_, index) => ({ text: ['1', 'x', 'Phòng VHXH', '', 'Quý I/2026'][index] })),
        ],
      },
      undefined as never,
    );
    expect(result.plan.tasks[0].flags).toContain('unresolved_unit');
  });

  it('never throws and never fails inside, whatever the cells and spans (property)', () => {
    const cell = fc.record(
      {
        text: fc.oneof(
          fc.constantFrom(
            'TT',
            'Nội dung',
            'Chủ trì',
            'Phối hợp',
            'Thời hạn',
            'I. Phần',
            'I',
            '1',
            '1.1',
            'a)',
            '-',
            'Phòng VHXH',
            '',
          ),
          fc.string({ maxLength: 20 }),
        ),
        colSpan: fc.integer({ min: -2, max: 8 }),
        rowSpan: fc.integer({ min: -2, max: 6 }),
      },
      { requiredKeys: ['text'] },
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }), (rows) => {
        const result = parse({ rows: [HEADER, ...rows] });
        expect(result.warnings.some((warning) => warning.code === 'internal_error')).toBe(false);
        expect(new Set(result.plan.tasks.map((task) => task.ref)).size).toBe(result.plan.tasks.length);
      }),
      { numRuns: 300 },
    );
  });
});
