import { contributionsOf, opinionCount } from './opinion-view';

const answered = (unitId: string, at: string, noOpinion = false) => ({
  unitId,
  opinion: noOpinion ? 'Không có ý kiến' : 'Đồng ý',
  noOpinion,
  by: noOpinion ? null : 'u1',
  at,
});

describe('contributionsOf', () => {
  const context = {
    consultees: ['A', 'B', 'C', 'D'],
    consultationDeadline: '2026-03-10',
    opinions: [
      answered('A', '2026-03-10T16:59:00.000Z'), // 23:59 on the deadline day in Vietnam
      answered('B', '2026-03-10T17:00:00.000Z'), // 00:00 the next day in Vietnam
      answered('C', '2026-03-11T02:00:00.000Z', true),
    ],
  };

  it('judges answers by the Vietnam date against the deadline', () => {
    expect(contributionsOf(context, '2026-03-11').map(({ unitId, status }) => [unitId, status])).toEqual([
      ['A', 'given'],
      ['B', 'late'],
      ['C', 'none_recorded'],
      ['D', 'overdue'],
    ]);
  });

  it('keeps an unanswered unit waiting through the deadline day, and without a deadline', () => {
    expect(contributionsOf(context, '2026-03-10')[3].status).toBe('waiting');
    expect(contributionsOf({ ...context, consultationDeadline: null }, '2027-01-01')[3].status).toBe(
      'waiting',
    );
  });
});

describe('opinionCount', () => {
  it('counts answers given, not the ones recorded as none, out of the units consulted', () => {
    expect(
      opinionCount({
        consultees: ['A', 'B', 'C', 'D'],
        opinions: [
          answered('A', '2026-03-01T00:00:00Z'),
          answered('B', '2026-03-01T00:00:00Z'),
          answered('C', '2026-03-01T00:00:00Z', true),
        ],
      }),
    ).toEqual({ given: 2, total: 4 });
  });

  it('is absent before any consultation', () => {
    expect(opinionCount({})).toBeUndefined();
    expect(opinionCount({ consultees: [], opinions: [] })).toBeUndefined();
  });
});
