import { CALENDAR_YEAR_2026 } from '../calendar-data';
import { CalendarYearProblem, validateCalendarYear } from './calendar-year-validation';
import { provisionalYear } from './provisional-year';

const year2027 = (changes: Record<string, unknown>): unknown => ({ ...provisionalYear(2027), ...changes });

function problemsOf(input: unknown, expectedYear?: number): CalendarYearProblem[] {
  const result = validateCalendarYear(input, expectedYear);
  return result.ok ? [] : result.problems;
}

describe('validateCalendarYear', () => {
  it('returns the year cleaned: entries sorted by date, texts trimmed', () => {
    const edited = {
      year: 2027,
      status: 'confirmed',
      daysOff: [
        { date: '2027-09-02', name: ' Quốc khánh (2/9) ', kind: 'holiday' },
        { date: '2027-01-01', name: 'Tết Dương lịch (1/1)', kind: 'holiday' },
      ],
      workingWeekends: [{ date: '2027-01-09', reason: 'Làm bù ' }],
      source: 'Thông báo số 1/TB-BNV',
    };
    expect(validateCalendarYear(edited, 2027)).toEqual({
      ok: true,
      calendarYear: {
        year: 2027,
        status: 'confirmed',
        daysOff: [
          { date: '2027-01-01', name: 'Tết Dương lịch (1/1)', kind: 'holiday' },
          { date: '2027-09-02', name: 'Quốc khánh (2/9)', kind: 'holiday' },
        ],
        workingWeekends: [{ date: '2027-01-09', reason: 'Làm bù' }],
        source: 'Thông báo số 1/TB-BNV',
      },
    });
  });

  it.each<[string, unknown, CalendarYearProblem]>([
    [
      'a day off in another year',
      year2027({ daysOff: [{ date: '2028-01-03', name: 'Nghỉ bù', kind: 'substitute' }] }),
      { path: 'daysOff[0].date', message: 'Ngày 03/01/2028 không thuộc năm 2027.' },
    ],
    [
      'a malformed date',
      year2027({ daysOff: [{ date: '05/02/2027', name: 'Tết', kind: 'tet' }] }),
      {
        path: 'daysOff[0].date',
        message: 'Ngày "05/02/2027" không hợp lệ (cần dạng YYYY-MM-DD, ví dụ 2027-02-05).',
      },
    ],
    [
      'a day off without a name',
      year2027({ daysOff: [{ date: '2027-02-05', name: '  ', kind: 'tet' }] }),
      { path: 'daysOff[0].name', message: 'Dòng 1: chưa có tên ngày nghỉ.' },
    ],
    [
      'an unknown kind',
      year2027({ daysOff: [{ date: '2027-02-05', name: 'Tết', kind: 'vacation' }] }),
      {
        path: 'daysOff[0].kind',
        message:
          'Dòng 1: loại ngày nghỉ phải là ngày lễ (holiday), Tết (tet), nghỉ bù (substitute) hoặc nghỉ hoán đổi (bridge).',
      },
    ],
    [
      'the same day off twice',
      year2027({
        daysOff: [
          { date: '2027-04-16', name: 'Giỗ Tổ Hùng Vương', kind: 'holiday' },
          { date: '2027-04-16', name: 'Giỗ Tổ', kind: 'holiday' },
        ],
      }),
      { path: 'daysOff[1].date', message: 'Ngày 16/04/2027 đã có ở dòng 1.' },
    ],
    [
      'a substitute day on a weekend',
      year2027({ daysOff: [{ date: '2027-05-02', name: 'Nghỉ bù 1/5', kind: 'substitute' }] }),
      {
        path: 'daysOff[0].date',
        message:
          'Ngày 02/05/2027 là Chủ nhật, vốn đã được nghỉ: ngày nghỉ bù hay nghỉ hoán đổi phải là ngày làm việc.',
      },
    ],
    [
      'a holiday on a weekend without its substitute day',
      year2027({ daysOff: [{ date: '2027-05-01', name: 'Ngày Quốc tế Lao động (1/5)', kind: 'holiday' }] }),
      {
        path: 'daysOff[0].date',
        message:
          'Ngày Quốc tế Lao động (1/5) ngày 01/05/2027 trùng thứ Bảy nhưng chưa có ngày nghỉ bù (loại nghỉ bù) vào ngày làm việc kế tiếp.',
      },
    ],
    [
      'a working weekend that is not a weekend',
      year2027({ workingWeekends: [{ date: '2027-01-04', reason: 'Làm bù' }] }),
      {
        path: 'workingWeekends[0].date',
        message:
          'Ngày 04/01/2027 là thứ Hai, không phải thứ Bảy hay Chủ nhật: chỉ ngày cuối tuần mới cần ghi là ngày làm bù.',
      },
    ],
    [
      'a working weekend without a reason',
      year2027({ workingWeekends: [{ date: '2027-01-09' }] }),
      { path: 'workingWeekends[0].reason', message: 'Dòng 1: chưa ghi lý do làm bù.' },
    ],
    [
      'the same working weekend twice',
      year2027({
        workingWeekends: [
          { date: '2027-01-09', reason: 'Làm bù' },
          { date: '2027-01-09', reason: 'Làm bù' },
        ],
      }),
      { path: 'workingWeekends[1].date', message: 'Ngày 09/01/2027 đã có ở dòng 1.' },
    ],
    [
      'a day both off and worked',
      year2027({
        daysOff: [
          { date: '2027-05-01', name: 'Ngày Quốc tế Lao động (1/5)', kind: 'holiday' },
          { date: '2027-05-03', name: 'Nghỉ bù 1/5', kind: 'substitute' },
        ],
        workingWeekends: [{ date: '2027-05-01', reason: 'Làm bù' }],
      }),
      {
        path: 'workingWeekends[0].date',
        message: 'Ngày 01/05/2027 vừa là ngày nghỉ (dòng 1) vừa là ngày làm bù.',
      },
    ],
    [
      'a wrong status',
      year2027({ status: 'draft' }),
      {
        path: 'status',
        message: 'Trạng thái phải là provisional (dự kiến) hoặc confirmed (đã xác nhận).',
      },
    ],
    [
      'a year that is not a number',
      year2027({ year: '2027' }),
      {
        path: 'year',
        message: 'Năm phải là số có bốn chữ số.',
      },
    ],
    [
      'a list that is not a list',
      year2027({ daysOff: 'Tết' }),
      {
        path: 'daysOff',
        message: 'Danh sách ngày nghỉ phải là một mảng.',
      },
    ],
    [
      'an unreadable confirmation time',
      year2027({ confirmedAt: 'hôm qua' }),
      {
        path: 'confirmedAt',
        message: 'Thời điểm xác nhận không hợp lệ.',
      },
    ],
  ])('refuses %s', (_case, input, problem) => {
    expect(problemsOf(input, 2027)).toEqual([problem]);
  });

  it('refuses a year sent for another year', () => {
    expect(problemsOf(CALENDAR_YEAR_2026, 2027)).toContainEqual({
      path: 'year',
      message: 'Lịch này ghi năm 2026 nhưng đang sửa lịch năm 2027.',
    });
  });

  it('accepts a holiday on a weekend once its substitute day is there', () => {
    const input = year2027({
      daysOff: [
        { date: '2027-05-01', name: 'Ngày Quốc tế Lao động (1/5)', kind: 'holiday' },
        { date: '2027-05-03', name: 'Nghỉ bù 1/5', kind: 'substitute' },
      ],
    });
    expect(validateCalendarYear(input, 2027).ok).toBe(true);
  });

  it('needs one substitute per weekend holiday', () => {
    // Tết 2030: the last day of the year on Saturday and mùng 1 on Sunday, one substitute only.
    const tet2030 = provisionalYear(2030).daysOff.filter((day) => day.date !== '2030-02-08');
    const problems = problemsOf({ ...provisionalYear(2030), daysOff: tet2030 }, 2030);
    expect(problems.map((problem) => problem.message)).toEqual([
      'Tết Nguyên đán (mùng 1) ngày 03/02/2030 trùng Chủ nhật nhưng chưa có ngày nghỉ bù (loại nghỉ bù) vào ngày làm việc kế tiếp.',
    ]);
  });

  it('lists every problem at once, each on its row', () => {
    const input = year2027({
      daysOff: [
        { date: '2026-12-31', name: 'Cuối năm', kind: 'holiday' },
        { date: 'x', name: '', kind: 'tet' },
      ],
      workingWeekends: [{ date: '2027-01-05', reason: 'Làm bù' }],
    });
    expect(problemsOf(input, 2027).map((problem) => problem.path)).toEqual([
      'daysOff[0].date',
      'daysOff[1].date',
      'daysOff[1].name',
      'workingWeekends[0].date',
    ]);
  });

  it('refuses what is not a year at all', () => {
    expect(problemsOf(null)).toEqual([
      { path: '', message: 'Lịch năm phải có dạng { year, status, daysOff, workingWeekends }.' },
    ]);
  });
});
