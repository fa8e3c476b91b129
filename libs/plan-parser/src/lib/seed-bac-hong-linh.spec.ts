import { parseSeed, taskByRef, whoOf } from './test-support';
import type { ParsedTask } from './types';

const result = parseSeed('BHL');
const { plan } = result;

const CCHC_LEADS = '[Các cơ quan chủ trì CCHC của phường]';
const RELATED = '[Các phòng, đơn vị có liên quan]';
const SPECIALISTS = '[Các phòng, đơn vị chuyên môn]';

function hierarchyRow(task: ParsedTask): string[] {
  return [
    task.ref,
    task.parentRef ?? '-',
    whoOf(task.leadUnitCodes, task.leadGroupNames),
    whoOf(task.cooperatorUnitCodes, task.cooperatorGroupNames),
    task.deadlineText,
  ];
}

function numbersOf(level: ParsedTask['level']): string[] {
  return plan.tasks.filter((task) => task.level === level).map((task) => task.number);
}

/** Rows of one target-group: every item shares the row's lead, cooperators and deadline. */
function rows(lead: string, cooperators: string, deadline: string, items: [string, string][]): string[][] {
  return items.map(([ref, parent]) => [ref, parent, lead, cooperators, deadline]);
}

describe('Bắc Hồng Lĩnh 2026 reform framework (one cell per line, nested numbering)', () => {
  it('reads 35 targets, 46 tasks and 67 activities, each numbered without a gap', () => {
    expect(plan.shape).toBe('framework');
    const sequence = (digit: number, count: number) =>
      Array.from({ length: count }, (_, index) => `${digit}.${index + 1}`);
    expect(numbersOf('target')).toEqual(sequence(1, 35));
    expect(numbersOf('task')).toEqual(sequence(2, 46));
    expect(numbersOf('activity')).toEqual(sequence(3, 67));
    expect(plan.tasks).toHaveLength(148);
  });

  it('reads the seven sections and the two sub-sections of VII', () => {
    expect(plan.sections.map((section) => section.key)).toEqual([
      'I',
      'II',
      'III',
      'IV',
      'V',
      'VI',
      'VII',
      '7.1',
      '7.2',
    ]);
    expect(plan.sections[7]).toEqual({ key: '7.1', title: 'Chính quyền số', parentKey: 'VII' });
    expect(taskByRef(result, '1.29').sectionKey).toBe('7.1');
    expect(taskByRef(result, '1.33').sectionKey).toBe('7.2');
  });

  it.each([
    ['I', 4, 9, 22],
    ['II', 6, 8, 15],
    ['III', 5, 5, 7],
    ['IV', 4, 4, 4],
    ['V', 3, 5, 5],
    ['VI', 6, 6, 6],
    ['7.1', 4, 6, 5],
    ['7.2', 3, 3, 3],
  ])('section %s holds %i targets, %i tasks and %i activities', (key, targets, tasks, activities) => {
    const inSection = plan.tasks.filter((task) => task.sectionKey === key);
    expect(inSection.filter((task) => task.level === 'target')).toHaveLength(targets);
    expect(inSection.filter((task) => task.level === 'task')).toHaveLength(tasks);
    expect(inSection.filter((task) => task.level === 'activity')).toHaveLength(activities);
  });

  it('reads section I row by row: hierarchy, lead, cooperators and deadline', () => {
    const reformLeads = `${CCHC_LEADS} + ${RELATED}`;
    expect(plan.tasks.filter((task) => task.sectionKey === 'I').map(hierarchyRow)).toEqual([
      ...rows('VHXH', reformLeads, 'Tháng 01/2026', [
        ['1.1', '-'],
        ['2.1', '1.1'],
        ['3.1', '2.1'],
        ['3.2', '2.1'],
        ['3.3', '2.1'],
      ]),
      ...rows('VHXH', reformLeads, 'Quý I năm 2026 (Sau khi có Kế hoạch của tỉnh)', [
        ['2.2', '1.1'],
        ['3.4', '2.2'],
        ['3.5', '2.2'],
        ['3.6', '2.2'],
      ]),
      ...rows('VHXH', reformLeads, 'Thường xuyên', [
        ['2.3', '1.1'],
        ['3.7', '2.3'],
      ]),
      ...rows('VHXH', `DVTH + ${reformLeads}`, 'Thường xuyên', [
        ['2.4', '1.1'],
        ['3.8', '2.4'],
        ['3.9', '2.4'],
      ]),
      ...rows('VHXH', reformLeads, 'Thường xuyên', [
        ['2.5', '1.1'],
        ['3.10', '2.5'],
        ['3.11', '2.5'],
      ]),
      ...rows('VHXH', reformLeads, 'Quý IV năm 2026', [
        ['2.6', '1.1'],
        ['3.12', '2.6'],
      ]),
      ...rows('VHXH', reformLeads, 'Quý III năm 2026', [
        ['1.2', '-'],
        ['2.7', '1.2'],
        ['3.13', '2.7'],
        ['3.14', '2.7'],
        ['3.15', '2.7'],
        ['3.16', '2.7'],
        ['3.17', '2.7'],
      ]),
      ...rows('VHXH', SPECIALISTS, 'Thường xuyên', [
        ['1.3', '-'],
        ['2.8', '1.3'],
        ['3.18', '2.8'],
      ]),
      ...rows('VP', `KTHTDT + ${RELATED}`, 'Quý IV năm 2026', [
        ['1.4', '-'],
        ['2.9', '1.4'],
        ['3.19', '2.9'],
        ['3.20', '2.9'],
        ['3.21', '2.9'],
        ['3.22', '2.9'],
      ]),
    ]);
  });

  it('keeps cell text whole: multi-line cells, stray punctuation and budget', () => {
    expect(taskByRef(result, '1.4').content).toBe(
      'Trong năm tổ chức ít nhất 01 cuộc đối thoại/diễn đàn của lãnh đạo UBND phường với người dân, doanh nghiệp, hợp tác xã.',
    );
    expect(taskByRef(result, '3.31').deliverable).toBe('Báo cáo kết quả rà soát;\nVăn bản xử lý sau rà soát');
    expect(taskByRef(result, '1.1').budgetText).toBe('Theo dự toán được cấp');
    expect(taskByRef(result, '2.43').budgetText).toBe('Theo dự toán được giao (KH Chuyển đổi số)');
    expect(taskByRef(result, '1.22').content).toMatch(/^Thực hiện tiếp nhận, điều động/);
  });

  it('recovers a row whose first cell lost its tab after the previous row (1.7)', () => {
    expect(hierarchyRow(taskByRef(result, '3.29'))).toEqual([
      '3.29',
      '2.12',
      'VP',
      SPECIALISTS,
      'Tháng 3/2026',
    ]);
    expect(taskByRef(result, '3.29').budgetText).toBe('');
    expect(hierarchyRow(taskByRef(result, '1.7'))).toEqual(['1.7', '-', 'VP', SPECIALISTS, 'Thường xuyên']);
    expect(taskByRef(result, '2.13').parentRef).toBe('1.7');
    expect(taskByRef(result, '3.30').parentRef).toBe('2.13');
  });

  it('reads a row with cells starting on the line under their tab, and without activity (1.18)', () => {
    const task = taskByRef(result, '2.25');
    expect(hierarchyRow(task)).toEqual([
      '2.25',
      '1.18',
      'VHXH',
      `${SPECIALISTS} + ${RELATED}`,
      'Theo lộ trình được cấp có thẩm quyền quy định',
    ]);
    expect(task.deliverable).toBe(
      'Văn bản tham mưu cấp có thẩm quyền giao biên chế\nVăn bản đôn đốc/ hướng dẫn',
    );
    expect(plan.tasks.some((candidate) => candidate.parentRef === '2.25')).toBe(false);
  });

  it.each([
    ['3.27', '2.12'],
    ['3.49', '2.27'],
    ['3.50', '2.28'],
    ['3.51', '2.29'],
    ['3.52', '2.30'],
    ['3.61', '2.40'],
  ])('attaches activity %s to task %s', (activity, task) => {
    expect(taskByRef(result, activity).parentRef).toBe(task);
  });

  it('flags the rows with two leads and reads group leads', () => {
    const several = plan.tasks.filter((task) => task.flags.includes('several_leads')).map((task) => task.ref);
    expect(several).toEqual(['1.19', '2.26', '3.47', '3.48', '1.30', '2.39', '2.40', '3.61']);
    expect(taskByRef(result, '3.48').deliverableKind).toBe('QPPL');
    expect(taskByRef(result, '1.33').leadGroup).toBe('all');
  });

  it('warns only about the provincial office it cannot match, once per row', () => {
    expect(result.warnings.map(({ row, code, subject }) => [row, code, subject])).toEqual([
      [637, 'unresolved_unit', 'Văn phòng HĐND-UBND tỉnh'],
      [648, 'unresolved_unit', 'Văn phòng HĐND-UBND tỉnh'],
    ]);
    const flagged = plan.tasks
      .filter((task) => task.flags.includes('unresolved_unit'))
      .map((task) => task.ref);
    expect(flagged).toEqual(['1.34', '2.45', '3.66', '1.35', '2.46', '3.67']);
  });

  it('reads the title; the framework has no number or date yet', () => {
    expect(plan.title).toBe('KHUNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2026');
    expect(plan.symbol).toBe('');
    expect(plan.issuedOn).toBeUndefined();
    expect(plan.year).toBe(2026);
  });
});
