import { type CalendarYear, provisionalYear } from '@dondoc/deadlines';
import { AppError } from '../common/app-error';
import { confirmedYear, editedRules, editedYear } from './calendar-edits';

const ADMIN = { userId: 'admin-1', at: '2027-01-05T02:00:00.000Z' };

function refusalOf(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('calendar edits', () => {
  it('stamps a year saved as confirmed with the admin and the time, whatever the client claimed', () => {
    const sent = {
      ...provisionalYear(2027),
      status: 'confirmed',
      confirmedBy: 'someone-else',
      confirmedAt: '2020-01-01T00:00:00Z',
    };
    expect(editedYear(sent, 2027, ADMIN)).toMatchObject({
      status: 'confirmed',
      confirmedBy: 'admin-1',
      confirmedAt: ADMIN.at,
    });
  });

  it('keeps no confirmation on a provisional year', () => {
    const sent = { ...provisionalYear(2027), confirmedBy: 'admin-1', confirmedAt: ADMIN.at };
    const saved = editedYear(sent, 2027, ADMIN);
    expect(saved.status).toBe('provisional');
    expect(saved).not.toHaveProperty('confirmedBy');
    expect(saved).not.toHaveProperty('confirmedAt');
  });

  it('refuses a year with problems, each named with its row, in Vietnamese', () => {
    const sent = { ...provisionalYear(2027), year: 2028 };
    const refusal = refusalOf(() => editedYear(sent, 2027, ADMIN));
    expect(refusal.code).toBe('VALIDATION_FAILED');
    expect(refusal.message).toMatch(/^Lịch năm 2027 chưa lưu được/);
    expect(refusal.extra.details?.[0]).toMatch(/^year: Lịch này ghi năm 2028/);
  });

  it('confirms a year from the announcement named, and refuses one without it', () => {
    const current: CalendarYear = provisionalYear(2027);
    expect(confirmedYear(current, ' Thông báo số 2/TB-BNV ', ADMIN)).toEqual({
      ...current,
      status: 'confirmed',
      source: 'Thông báo số 2/TB-BNV',
      confirmedAt: ADMIN.at,
      confirmedBy: 'admin-1',
    });
    expect(refusalOf(() => confirmedYear(current, '', ADMIN)).extra.details?.[0]).toMatch(/^source:/);
    expect(refusalOf(() => confirmedYear(current, undefined, ADMIN)).code).toBe('VALIDATION_FAILED');
  });

  it('checks the holiday rules before they are kept', () => {
    const rules = {
      optionalHolidays: [{ month: 11, day: 24, name: 'Ngày Văn hóa Việt Nam', fromYear: 2027 }],
    };
    expect(editedRules(rules)).toEqual(rules);
    const refusal = refusalOf(() =>
      editedRules({ optionalHolidays: [{ month: 2, day: 30, name: 'x', fromYear: 2027 }] }),
    );
    expect(refusal.extra.details).toHaveLength(1);
  });
});
