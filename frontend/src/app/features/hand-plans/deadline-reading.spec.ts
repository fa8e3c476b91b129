import { readDeadlineText } from './deadline-reading';

describe('readDeadlineText', () => {
  it('reads "Trước ngày D" as due the day before, in dd/mm/yyyy', () => {
    expect(readDeadlineText('Trước ngày 15/04/2026', { year: 2026, beforeDateInclusive: false })).toEqual({
      key: 'handPlans.reading.date',
      params: { due: '14/04/2026' },
    });
  });

  it('reads it as due on D when the plan says so', () => {
    expect(
      readDeadlineText('Trước ngày 15/04/2026', { year: 2026, beforeDateInclusive: true }).params,
    ).toEqual({
      due: '15/04/2026',
    });
  });

  it('reads a quarter as a period due at its end', () => {
    expect(readDeadlineText('Quý II/2026', { year: 2026, beforeDateInclusive: false })).toEqual({
      key: 'handPlans.reading.period',
      params: { due: '30/06/2026', start: '01/04/2026', end: '30/06/2026' },
    });
  });

  it('says when a text cannot be read, so a person sets the date', () => {
    expect(readDeadlineText('cuối kỳ sau nữa', { year: 2026, beforeDateInclusive: false }).key).toBe(
      'handPlans.reading.unparsed',
    );
  });
});
