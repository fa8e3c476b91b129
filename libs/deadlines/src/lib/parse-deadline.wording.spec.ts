import { Deadline, ParseDeadlineContext } from './deadline.types';
import { parseDeadline } from './parse-deadline';
import { readDeadlineCell } from './parse-deadline-cell';
import { dueBefore, dueOn, ongoing, quarters, recurring, wholeYear } from './testing/factories';

const PLAN_2026: ParseDeadlineContext = { year: 2026 };

describe('parseDeadline on the wordings of other plans (issue 14)', () => {
  it.each<[string, Omit<Deadline, 'text'>]>([
    ['15-01-2026', dueOn('2026-01-15')],
    ['Trước ngày 15-01-2026', dueBefore('2026-01-15')],
    ['Trước ngày 15//01/2026', dueBefore('2026-01-15')],
    ['Chậm nhất ngày 30/6/2026/', dueOn('2026-06-30')],
    ['Quý II/ /2026', quarters(2, 2, 2026)],
    ['Ngày 15 /01/ 2026', dueOn('2026-01-15')],
    ['Tháng cuối quý', recurring('quarterly', { startYear: 2026 })],
    ['Vào tháng cuối mỗi quý', recurring('quarterly', { startYear: 2026 })],
    ['6 tháng và hằng năm', recurring('half_yearly', { startYear: 2026 })],
    ['Năm 2026 và các năm tiếp theo', recurring('yearly', { startYear: 2026 })],
    ['Từ năm 2027 và những năm sau', recurring('yearly', { startYear: 2027 })],
    ['Từ nay đến hết năm 2026', dueOn('2026-12-31')],
    ['Tiếp tục thực hiện trong năm 2026', wholeYear(2026)],
    ['Hoàn thành trong Quý II/2026', quarters(2, 2, 2026)],
    ['Hoàn thành trước ngày 30/6/2026', dueBefore('2026-06-30')],
    ['Tiếp tục thực hiện thường xuyên', ongoing()],
    [
      'Trước ngày 15/6 hằng năm và trước ngày 15/12 hằng năm',
      recurring('half_yearly', {
        startYear: 2026,
        dayBefore: true,
        anchors: [
          { month: 6, day: 15 },
          { month: 12, day: 15 },
        ],
      }),
    ],
  ])('reads %j', (text, expected) => {
    expect(parseDeadline(text, PLAN_2026)).toEqual({ ...expected, text });
  });

  it('keeps "Tiếp tục" alone, with nothing after it, for a person to set', () => {
    expect(parseDeadline('Tiếp tục', PLAN_2026)).toMatchObject({ kind: 'unparsed', reason: 'unrecognised' });
  });

  it('does not take a span of years written with dashes for a date', () => {
    expect(parseDeadline('2026-2030', PLAN_2026)).toMatchObject({ kind: 'period', end: '2030-12-31' });
  });
});

describe('readDeadlineCell', () => {
  it('is sure of a reading by the grammar and gives it as the one statement', () => {
    const cell = readDeadlineCell('Quý II/2026', PLAN_2026);
    expect(cell.confidence).toBe('sure');
    expect(cell.deadline).toEqual({ ...quarters(2, 2, 2026), text: 'Quý II/2026' });
    expect(cell.statements).toEqual([cell.deadline]);
  });

  it('says it is unsure when only a word of a sentence gave the reading', () => {
    const cell = readDeadlineCell('Đôn đốc tiến độ hàng tháng', PLAN_2026);
    expect(cell.deadline.kind).toBe('recurring');
    expect(cell.confidence).toBe('unsure');
  });

  it('is unsure of a loose reading chosen among several statements too', () => {
    const cell = readDeadlineCell('Theo dõi; đôn đốc tiến độ hàng quý', PLAN_2026);
    expect(cell.deadline).toMatchObject({ kind: 'recurring', frequency: 'quarterly' });
    expect(cell.confidence).toBe('unsure');
  });

  it('gives both statements of a bulleted cell', () => {
    const text = '- Quý II/2026;\n- Quý IV/2026';
    const cell = readDeadlineCell(text, PLAN_2026);
    expect(cell.statements).toEqual([
      { ...quarters(2, 2, 2026), text: 'Quý II/2026' },
      { ...quarters(4, 4, 2026), text: 'Quý IV/2026' },
    ]);
    expect(cell.deadline).toMatchObject({ kind: 'period', end: '2026-06-30', note: 'Quý IV/2026' });
  });

  it('gives both cadences of "6 tháng và hằng năm", each as written', () => {
    const cell = readDeadlineCell('6 tháng và hằng năm', PLAN_2026);
    expect(cell.statements).toEqual([
      { ...recurring('half_yearly', { startYear: 2026 }), text: '6 tháng' },
      { ...recurring('yearly', { startYear: 2026 }), text: 'hằng năm' },
    ]);
    expect(cell.confidence).toBe('sure');
  });

  it('gives both recurring dates joined by "và"', () => {
    const cell = readDeadlineCell('Trước ngày 15/6 hằng năm và trước ngày 15/12 hằng năm', PLAN_2026);
    expect(cell.statements.map((statement) => statement.kind)).toEqual(['recurring', 'recurring']);
    expect(cell.deadline).toMatchObject({ kind: 'recurring', frequency: 'half_yearly' });
  });

  it('keeps one statement for one recurrence with two dates', () => {
    const cell = readDeadlineCell('Trước ngày 15/6 và 15/12 hằng năm', PLAN_2026);
    expect(cell.statements).toHaveLength(1);
    expect(cell.statements[0]).toMatchObject({ kind: 'recurring', frequency: 'half_yearly' });
  });

  it('has no statement for a cell it cannot read', () => {
    const cell = readDeadlineCell('Theo dự toán được cấp', PLAN_2026);
    expect(cell.deadline).toMatchObject({ kind: 'unparsed', reason: 'unrecognised' });
    expect(cell.statements).toEqual([]);
  });
});
