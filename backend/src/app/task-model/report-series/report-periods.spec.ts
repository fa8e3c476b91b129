import { periodHolding, periodsInWindow, reportPeriods, rhythmOfWording } from './report-periods';

const PLAN_2026 = { year: 2026, beforeDateInclusive: false };
const periodsOf = (deadlineText: string, deliverable = 'Báo cáo') =>
  reportPeriods({ deadlineText, deliverable }, PLAN_2026).map(
    ({ key, label, due }) => `${key} ${label} ${due}`,
  );

describe('rhythmOfWording', () => {
  it.each([
    ['Báo cáo quý', 'quarterly'],
    ['Báo cáo định kỳ hằng quý', 'quarterly'],
    ['Báo cáo 6 tháng', 'half_yearly'],
    ['Báo cáo sáu tháng đầu năm', 'half_yearly'],
    ['Báo cáo hàng tháng', 'monthly'],
    ['Báo cáo năm', 'yearly'],
    // the seed row 24: monthly and quarterly reports; the quarter is the plans' rhythm
    [
      'Báo cáo công tác cải cách TTHC hàng tháng, kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông quý, năm',
      'quarterly',
    ],
    ['BÁO CÁO QUÝ', 'quarterly'],
  ])('reads %j as %s', (deliverable, rhythm) => {
    expect(rhythmOfWording(deliverable)).toBe(rhythm);
  });

  it.each([
    'Báo cáo kết quả thực hiện quy chế',
    'Báo cáo sử dụng quỹ phòng chống thiên tai',
    'Báo cáo',
    'Kế hoạch',
  ])('finds no rhythm in %j', (deliverable) => {
    expect(rhythmOfWording(deliverable)).toBeNull();
  });
});

describe('periodHolding', () => {
  it('names the period of each rhythm that holds a date', () => {
    expect(periodHolding('2026-05-20', 'monthly')).toEqual({
      key: '2026-M05',
      label: 'Tháng 05/2026',
      start: '2026-05-01',
      end: '2026-05-31',
    });
    expect(periodHolding('2026-05-20', 'quarterly')).toMatchObject({
      key: '2026-Q2',
      label: 'Quý II/2026',
      end: '2026-06-30',
    });
    expect(periodHolding('2026-07-01', 'half_yearly')).toMatchObject({
      key: '2026-H2',
      label: '6 tháng cuối năm 2026',
      start: '2026-07-01',
      end: '2026-12-31',
    });
    expect(periodHolding('2028-02-10', 'monthly').end).toBe('2028-02-29');
    expect(periodHolding('2026-12-31', 'yearly')).toMatchObject({ key: '2026-Y', label: 'Năm 2026' });
  });
});

describe('reportPeriods', () => {
  it('gives one period per occurrence of a recurring deadline', () => {
    expect(periodsOf('Hằng quý')).toEqual([
      '2026-Q1 Quý I/2026 2026-03-31',
      '2026-Q2 Quý II/2026 2026-06-30',
      '2026-Q3 Quý III/2026 2026-09-30',
      '2026-Q4 Quý IV/2026 2026-12-31',
    ]);
    expect(periodsOf('Hàng tháng')).toHaveLength(12);
    expect(periodsOf('Hằng năm, bắt đầu từ 2026')).toEqual(['2026-Y Năm 2026 2026-12-31']);
  });

  it('keeps a recurrence due on its own anchors, read like the plan reads "Trước ngày"', () => {
    expect(periodsOf('Trước ngày 15/6 và 15/12 hằng năm')).toEqual([
      '2026-H1 6 tháng đầu năm 2026 2026-06-14',
      '2026-H2 6 tháng cuối năm 2026 2026-12-14',
    ]);
    const inclusive = reportPeriods(
      { deadlineText: 'Trước ngày 15/6 và 15/12 hằng năm', deliverable: 'Báo cáo' },
      { year: 2026, beforeDateInclusive: true },
    );
    expect(inclusive.map((period) => period.due)).toEqual(['2026-06-15', '2026-12-15']);
  });

  it('ignores a recurrence that starts after the plan year', () => {
    expect(periodsOf('Hằng năm, bắt đầu từ 2027')).toEqual([]);
  });

  it('cuts a span into the periods the deliverable names', () => {
    expect(periodsOf('Cả năm 2026', 'Báo cáo quý')).toHaveLength(4);
    expect(periodsOf('Quý III,IV/2026', 'Báo cáo quý')).toEqual([
      '2026-Q3 Quý III/2026 2026-09-30',
      '2026-Q4 Quý IV/2026 2026-12-31',
    ]);
    expect(periodsOf('Cả năm 2026', 'Báo cáo 6 tháng')).toEqual([
      '2026-H1 6 tháng đầu năm 2026 2026-06-30',
      '2026-H2 6 tháng cuối năm 2026 2026-12-31',
    ]);
  });

  it('ends the last period with the span', () => {
    expect(periodsOf('Tháng 01/2026 đến tháng 5/2026', 'Báo cáo quý')).toEqual([
      '2026-Q1 Quý I/2026 2026-03-31',
      '2026-Q2 Quý II/2026 2026-05-31',
    ]);
  });

  it('reads ongoing work over the plan year (the seed row 24)', () => {
    expect(periodsOf('Thường xuyên', 'Báo cáo công tác cải cách TTHC hàng tháng, … quý, năm')).toEqual([
      '2026-Q1 Quý I/2026 2026-03-31',
      '2026-Q2 Quý II/2026 2026-06-30',
      '2026-Q3 Quý III/2026 2026-09-30',
      '2026-Q4 Quý IV/2026 2026-12-31',
    ]);
  });

  it('clips a span to the plan year', () => {
    expect(periodsOf('Giai đoạn 2025 - 2030', 'Báo cáo năm')).toEqual(['2026-Y Năm 2026 2026-12-31']);
  });

  it('gives no periods to a one-off report or a span without a rhythm', () => {
    expect(periodsOf('Chậm nhất ngày 08/03/2026', 'Báo cáo quý')).toEqual([]);
    expect(periodsOf('Sau khi có hướng dẫn của thành phố', 'Báo cáo quý')).toEqual([]);
    expect(periodsOf('không rõ', 'Báo cáo quý')).toEqual([]);
    expect(periodsOf('Cả năm 2026', 'Báo cáo kết quả')).toEqual([]);
  });
});

describe('periodsInWindow', () => {
  const quarters = reportPeriods({ deadlineText: 'Hằng quý', deliverable: '' }, PLAN_2026);
  const keys = (today: string, notBefore = '2026-01-01', horizonDays = 45) =>
    periodsInWindow(quarters, { today, horizonDays, notBefore }).map((period) => period.key);

  it('opens a period once its due date is within the horizon', () => {
    expect(keys('2026-02-13')).toEqual([]);
    expect(keys('2026-02-14')).toEqual(['2026-Q1']); // 45 days before 31/03
    expect(keys('2026-05-20')).toEqual(['2026-Q1', '2026-Q2']);
    expect(keys('2026-05-20', '2026-01-01', 0)).toEqual(['2026-Q1']);
  });

  it('leaves out the periods due before the series reached the system', () => {
    expect(keys('2026-11-25', '2026-11-25')).toEqual(['2026-Q4']);
    expect(keys('2026-09-30', '2026-09-30')).toEqual(['2026-Q3']);
  });
});
