import { parseSeed, rowOf, taskByRef } from './test-support';

const result = parseSeed('HD');
const { plan } = result;

const SPECIALISTS = '[Các phòng, đơn vị chuyên môn]';
const RELATED = '[Các phòng, đơn vị có liên quan]';

describe('Hải Dương 2026 administrative-reform appendix (tab-separated, deadline before deliverable)', () => {
  it('reads the shape, the seven sections and the 45 numbered tasks', () => {
    expect(plan.shape).toBe('tsv-deadline-then-deliverable');
    expect(plan.sections.map((section) => section.key)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    expect(plan.sections[3]).toEqual({ key: 'IV', title: 'Cải cách tổ chức bộ máy' });
    expect(plan.tasks).toHaveLength(45);
    expect(plan.tasks.map((task) => task.number)).toEqual(
      Array.from({ length: 45 }, (_, index) => String(index + 1)),
    );
    expect(plan.tasks.every((task) => task.level === 'task' && task.parentRef === null)).toBe(true);
  });

  it.each([
    ['I', 7],
    ['II', 12],
    ['III', 11],
    ['IV', 3],
    ['V', 4],
    ['VI', 2],
    ['VII', 6],
  ])('section %s holds %i tasks', (sectionKey, count) => {
    expect(plan.tasks.filter((task) => task.sectionKey === sectionKey)).toHaveLength(count);
  });

  it('reads section I row by row', () => {
    expect(plan.tasks.filter((task) => task.sectionKey === 'I').map(rowOf)).toEqual([
      ['1', 'VHXH', SPECIALISTS, 'Trước ngày 15/01/2026'],
      ['2', 'VHXH', SPECIALISTS, 'Theo yêu cầu của thành phố'],
      ['3', 'VHXH', SPECIALISTS, 'Cả năm 2026'],
      ['4', 'VHXH', `MTTQ + ${SPECIALISTS}`, 'Quý I/2026'],
      ['5', 'VHXH', RELATED, 'Quý III,IV/2026'],
      ['6', 'DVSNC', RELATED, 'Tháng 11 /2026'],
      ['7', 'DVSNC', RELATED, 'Cả năm'],
    ]);
  });

  it('reads sections VI and VII row by row, including the cooperator cell cut by a page break', () => {
    expect(plan.tasks.filter((task) => ['VI', 'VII'].includes(task.sectionKey ?? '')).map(rowOf)).toEqual([
      [
        '38',
        'KTHTDT',
        '[Cơ quan, tổ chức, đơn vị đang quản lý, sử dụng tài sản công]',
        'Tháng 01/2026 đến tháng 5/2026',
      ],
      ['39', 'KTHTDT', RELATED, 'Cả năm 2026'],
      ['40', 'CA', RELATED, 'Cả năm 2026'],
      ['41', 'CA', `KTHTDT + ${RELATED}`, 'Cả năm 2026'],
      ['42', 'VP', SPECIALISTS, 'Cả năm 2026'],
      ['43', 'VHXH', RELATED, 'Khi có văn bản triển khai'],
      ['44', 'VHXH', RELATED, 'Cả năm 2026'],
      ['45', 'VHXH', RELATED, 'Khi có hướng dẫn của thành phố'],
    ]);
  });

  it('keeps the first line of every task as its source row', () => {
    expect([1, 7, 8, 17, 21, 31, 45].map((number) => taskByRef(result, String(number)).sourceRow)).toEqual([
      238, 246, 248, 259, 267, 285, 309,
    ]);
  });

  it('merges rows continued after a repeated header, cell by cell', () => {
    expect(plan.tasks.filter((task) => task.flags.includes('continued_row')).map((task) => task.ref)).toEqual(
      ['17', '21', '38'],
    );
    expect(taskByRef(result, '21').content).toMatch(
      /liên quan người dân, doanh nghiệp và thủ tục hành chính nội bộ/,
    );
    expect(taskByRef(result, '38').cooperatorText).toContain('Mặt trận Tổ quốc Việt Nam, tổ chức chính trị');
  });

  it('strips the HTML left in task 17 and flags it', () => {
    const task = taskByRef(result, '17');
    expect(task.flags).toContain('html_removed');
    expect(task.deliverable).not.toMatch(/[<>]/);
    expect(task.deliverable).toContain('áp dụng văn bản quy phạm pháp luật theo thẩm quyền;');
    expect(plan.tasks.filter((candidate) => candidate.flags.includes('html_removed'))).toHaveLength(1);
  });

  it('reads group leads without asking for a single lead', () => {
    const task = taskByRef(result, '8');
    expect(task.leadUnitCodes).toEqual([]);
    expect(task.leadGroup).toBe('all');
    expect(task.flags).not.toContain('several_leads');
    expect(plan.tasks.filter((candidate) => candidate.flags.includes('several_leads'))).toEqual([]);
  });

  it('reports exactly the outside bodies it cannot match, and never guesses them', () => {
    expect(result.warnings.map(({ row, code, subject }) => [row, code, subject])).toEqual([
      [253, 'unresolved_unit', 'Hội Luật gia'],
      [253, 'unresolved_unit', 'các hiệp hội'],
    ]);
    const task = taskByRef(result, '11');
    expect(task.flags).toEqual(['unresolved_unit']);
    expect(task.cooperatorGroupNames).toEqual(['Các phòng, đơn vị có liên quan']);
  });

  it.each([
    ['1', 'Kế hoạch'],
    ['2', 'Báo cáo'],
    ['8', 'Quyết định'],
    ['20', 'Quyết định'],
    ['35', 'Kế hoạch'],
  ])('task %s delivers a %s', (ref, kind) => {
    expect(taskByRef(result, ref).deliverableKind).toBe(kind);
  });

  it('reads the header: no number yet, the date and the title', () => {
    expect(plan.symbol).toBe('');
    expect(plan.issuedOn).toBe('2026-01-12');
    expect(plan.title).toBe('Cải cách hành chính nhà nước phường Hải Dương năm 2026');
    expect(plan.year).toBe(2026);
  });
});
