import { type CellGrid, planTextToGrid, readTarget, TABLE_VARIANTS } from '@dondoc/plan-parser';
import { readSeedPlanText } from '@dondoc/seed-data';
import { parseForWard, parseHaiDuong, previewOfGrid, type SeedWardCode } from '../../../testing/plan-preview';
import {
  canMergeWithNext,
  editableRows,
  extraHeadersOf,
  mergeWithNext,
  rowsToGrid,
  splitRow,
  withCell,
} from './edit-rows';

const tasksOf = (grid: CellGrid, ward: SeedWardCode = 'HD') =>
  parseForWard(grid, ward).plan.tasks.map((task) => ({
    number: task.number,
    level: task.level,
    parent: task.parentRef,
    content: task.content,
    leads: [...task.leadUnitCodes, ...task.leadGroupNames],
    cooperators: [...task.cooperatorUnitCodes, ...task.cooperatorGroupNames],
    deliverable: task.deliverable,
    deadline: task.deadlineText,
    budget: task.budgetText,
    section: task.sectionKey,
  }));

function rebuilt(
  preview: ReturnType<typeof previewOfGrid>,
  rows = editableRows(preview, extraHeadersOf(preview.rows)),
) {
  return rowsToGrid(preview, rows, extraHeadersOf(preview.rows), preview.grid.textBefore);
}

describe('the corrected rows written back as a table', () => {
  it.each(TABLE_VARIANTS.map((variant) => [variant.name, variant] as const))(
    '%s reads back as the same tasks',
    (_name, variant) => {
      const preview = previewOfGrid(variant.grid);
      expect(preview.rows.length).toBeGreaterThan(0);
      const grid = rebuilt(preview);
      expect(tasksOf(grid)).toEqual(tasksOf(variant.grid));
      expect(parseHaiDuong(grid).plan.sections).toEqual(parseHaiDuong(variant.grid).plan.sections);
    },
  );

  it('carries a corrected deadline and a corrected lead into the next reading', () => {
    const preview = previewOfGrid(TABLE_VARIANTS[0].grid);
    const rows = editableRows(preview, []);
    const edited = rows.map((row, index) =>
      index === 0
        ? withCell(withCell(row, 'deadlineText', 'Trước ngày 30/9/2026'), 'leadText', 'Phòng VHXH')
        : row,
    );
    expect(edited[0].edited).toBe(true);
    expect(edited[1].edited).toBe(false);
    const [first] = parseHaiDuong(rebuilt(preview, edited)).plan.tasks;
    expect(first.deadlineText).toBe('Trước ngày 30/9/2026');
    expect(first.leadUnitCodes).toEqual(['VHXH']);
  });

  it('splits a row at a line of its content into two tasks with the same units, and merges them back', () => {
    const preview = previewOfGrid({
      rows: [
        ['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời hạn'].map((text) => ({ text })),
        ['I', 'Cải cách thể chế'].map((text) => ({ text })),
        ['1', 'Rà soát thủ tục; công khai thủ tục', 'Phòng VHXH', 'Công an phường', 'Quý II/2026'].map(
          (text) => ({
            text,
          }),
        ),
        ['2', 'Kiểm tra công vụ', 'Văn phòng HĐND và UBND', '', 'Quý III/2026'].map((text) => ({ text })),
      ],
    });
    const rows = editableRows(preview, []);
    const split = splitRow(rows, rows[0].id);
    expect(split.map((row) => row.content)).toEqual([
      'Rà soát thủ tục',
      'công khai thủ tục',
      'Kiểm tra công vụ',
    ]);
    expect(split[1]).toMatchObject({ number: '1', leadText: 'Phòng VHXH', read: null, edited: true });
    const renumbered = split.map((row, index) => withCell(row, 'number', String(index + 1)));
    const tasks = parseHaiDuong(rebuilt(preview, renumbered)).plan.tasks;
    expect(tasks.map((task) => [task.number, task.content, task.leadUnitCodes])).toEqual([
      ['1', 'Rà soát thủ tục', ['VHXH']],
      ['2', 'công khai thủ tục', ['VHXH']],
      ['3', 'Kiểm tra công vụ', ['VP']],
    ]);

    const merged = mergeWithNext(renumbered, renumbered[0].id);
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({
      number: '1',
      content: 'Rà soát thủ tục\ncông khai thủ tục',
      leadText: 'Phòng VHXH',
    });
    // Two different deadlines are both kept for the person to settle.
    expect(mergeWithNext(merged, merged[0].id)[0].deadlineText).toBe('Quý II/2026; Quý III/2026');
  });

  it('never merges across a section nor past the last row', () => {
    const preview = previewOfGrid(TABLE_VARIANTS[0].grid);
    const rows = editableRows(preview, []);
    const last = rows[rows.length - 1];
    expect(canMergeWithNext(rows, last.id)).toBe(false);
    expect(mergeWithNext(rows, last.id)).toEqual(rows);
    const crossing = rows.findIndex(
      (row, index) => index + 1 < rows.length && rows[index + 1].sectionKey !== row.sectionKey,
    );
    if (crossing >= 0) expect(canMergeWithNext(rows, rows[crossing].id)).toBe(false);
  });

  describe('of the Bắc Hồng Lĩnh framework (Mục tiêu – Nhiệm vụ – Hoạt động)', () => {
    const framework = planTextToGrid(readSeedPlanText('bac-hong-linh-cchc-2026-framework.txt')) as CellGrid;
    const tasksOfFramework = (grid: CellGrid) => tasksOf(grid, 'BHL');

    it('reads back as the same targets, tasks and activities, each under its parent', () => {
      const preview = previewOfGrid(framework, 'BHL');
      expect(preview.rows.filter((row) => row.level === 'target').length).toBeGreaterThan(0);
      const grid = rebuilt(preview);
      expect(tasksOfFramework(grid)).toEqual(tasksOfFramework(framework));
      expect(parseForWard(grid, 'BHL').plan.sections).toEqual(parseForWard(framework, 'BHL').plan.sections);
    });

    it('keeps a target a target, with its chỉ tiêu, once a cell of its row is corrected', () => {
      const preview = previewOfGrid(framework, 'BHL');
      const rows = editableRows(preview, extraHeadersOf(preview.rows));
      const index = rows.findIndex((row) => row.level === 'target' && readTarget(row.content) !== null);
      expect(index).toBeGreaterThanOrEqual(0);
      const target = rows[index];
      const edited = rows.map((row) =>
        row.id === target.id ? withCell(row, 'deadlineText', 'Trước ngày 30/11/2026') : row,
      );
      const tasks = parseForWard(rebuilt(preview, edited), 'BHL').plan.tasks;
      expect(tasks[index]).toMatchObject({
        number: target.number,
        level: 'target',
        parentRef: null,
        content: target.content,
        deadlineText: 'Trước ngày 30/11/2026',
      });
      expect(readTarget(tasks[index].content)).toEqual(readTarget(target.content));
      // The rows it shared its cells with keep theirs.
      const before = tasksOfFramework(framework);
      const after = tasksOfFramework(rebuilt(preview, edited));
      expect(after.filter((_, at) => at !== index)).toEqual(before.filter((_, at) => at !== index));
    });
  });
});
