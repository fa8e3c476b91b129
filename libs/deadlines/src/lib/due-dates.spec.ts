import { CALENDAR_2026 } from './calendar-data';
import { Deadline } from './deadline.types';
import { DateWindow, dueDates, nominalDue, triggeredDue } from './due-dates';
import { dueBefore, dueOn, ongoing, quarters, recurring, triggered, unparsed } from './testing/factories';

const YEAR_2026: DateWindow = { from: '2026-01-01', to: '2026-12-31' };

function deadline(reading: Omit<Deadline, 'text'>): Deadline {
  return { ...reading, text: 'test' } as Deadline;
}

describe('dueDates', () => {
  it.each([
    ['a date', dueBefore('2026-01-15'), ['2026-01-14']],
    ['a period (its end)', quarters(2, 2, 2026), ['2026-06-30']],
    ['a yearly recurrence from 2026', recurring('yearly', { startYear: 2026 }), ['2026-12-31']],
    ['a yearly recurrence from 2027', recurring('yearly', { startYear: 2027 }), []],
    [
      'a quarterly recurrence',
      recurring('quarterly'),
      ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31'],
    ],
    [
      'two dated occurrences a year, read literally',
      recurring('half_yearly', {
        dayBefore: true,
        anchors: [
          { month: 6, day: 15 },
          { month: 12, day: 15 },
        ],
      }),
      ['2026-06-14', '2026-12-14'],
    ],
    ['ongoing work', ongoing({ from: '2026-01-01' }), []],
    ['a trigger not yet recorded', triggered('counted_from', 'x', { days: 30 }), []],
    ['unparsed text', unparsed('unrecognised'), []],
  ])('lists %s', (_label, reading, expected) => {
    expect(dueDates(deadline(reading), YEAR_2026)).toEqual(expected);
  });

  it('lists every monthly occurrence, with February by the year', () => {
    const monthly = deadline(recurring('monthly', { startYear: 2026 }));
    expect(dueDates(monthly, { from: '2028-01-15', to: '2028-03-31' })).toEqual([
      '2028-01-31',
      '2028-02-29',
      '2028-03-31',
    ]);
    expect(dueDates(monthly, { from: '2027-02-01', to: '2027-02-28' })).toEqual(['2027-02-28']);
  });

  it('keeps a recurrence inside its start and end years', () => {
    const yearly = deadline(recurring('yearly', { startYear: 2026, endYear: 2028 }));
    expect(dueDates(yearly, { from: '2020-01-01', to: '2035-12-31' })).toEqual([
      '2026-12-31',
      '2027-12-31',
      '2028-12-31',
    ]);
  });

  it('places a literal "before 01/01" occurrence at the end of the previous year', () => {
    const beforeNewYear = deadline(recurring('yearly', { dayBefore: true, anchors: [{ month: 1, day: 1 }] }));
    expect(dueDates(beforeNewYear, { from: '2026-12-01', to: '2027-01-31' })).toEqual(['2026-12-31']);
  });

  it('moves a 29/02 anchor to 28/02 in common years', () => {
    const leapAnchor = deadline(recurring('yearly', { anchors: [{ month: 2, day: 29 }] }));
    expect(dueDates(leapAnchor, { from: '2027-01-01', to: '2028-12-31' })).toEqual([
      '2027-02-28',
      '2028-02-29',
    ]);
  });

  it('includes the window edges', () => {
    expect(dueDates(deadline(dueOn('2026-06-30')), { from: '2026-06-30', to: '2026-06-30' })).toEqual([
      '2026-06-30',
    ]);
    expect(dueDates(deadline(dueOn('2026-06-30')), { from: '2026-07-01', to: '2026-12-31' })).toEqual([]);
  });

  it('lists a triggered deadline once its trigger is recorded', () => {
    const thirtyDays = deadline(triggered('counted_from', 'x', { days: 30 }));
    expect(dueDates(thirtyDays, YEAR_2026, { triggeredAt: '2026-03-02' })).toEqual(['2026-04-01']);
  });

  it.each([
    { from: '2026-12-31', to: '2026-01-01' },
    { from: '2026-02-30', to: '2026-12-31' },
    { from: '', to: '2026-12-31' },
  ])('returns nothing for the invalid window %j', (window) => {
    expect(dueDates(deadline(dueOn('2026-06-30')), window)).toEqual([]);
  });
});

describe('triggeredDue', () => {
  it.each([
    ['30 calendar days', { days: 30 }, '2026-03-02', '2026-04-01'],
    ['30 calendar days landing in Tết stay nominal', { days: 30 }, '2026-01-15', '2026-02-14'],
    ['0 days: immediately', { days: 0 }, '2026-03-02', '2026-03-02'],
    ['5 working days over 30/4–1/5', { days: 5, workingDays: true }, '2026-04-28', '2026-05-07'],
    ['3 working days over Quốc khánh', { days: 3, workingDays: true }, '2026-08-27', '2026-09-04'],
  ])('%s', (_label, offset, trigger, expected) => {
    expect(triggeredDue(deadline(triggered('counted_from', 'x', offset)), trigger, CALENDAR_2026)).toBe(
      expected,
    );
  });

  it.each([
    ['a trigger without offset', triggered('after', 'hướng dẫn'), '2026-03-02'],
    ['a period', quarters(1, 1, 2026), '2026-03-02'],
    ['an invalid trigger date', triggered('counted_from', 'x', { days: 3 }), '02/03/2026'],
  ])('is null for %s', (_label, reading, trigger) => {
    expect(triggeredDue(deadline(reading), trigger)).toBeNull();
  });
});

describe('nominalDue', () => {
  it.each([
    [dueBefore('2026-01-15'), '2026-01-14'],
    [quarters(2, 2, 2026), '2026-06-30'],
    [recurring('yearly'), null],
    [ongoing(), null],
    [triggered('after', 'x'), null],
    [unparsed('empty'), null],
  ])('of %j is %s', (reading, expected) => {
    expect(nominalDue(deadline(reading))).toBe(expected);
  });
});
