import { acceptedAs, fixtureTask } from '../testing/scenarios';

describe('periodic report workflow', () => {
  it('keeps its period through the document spine', () => {
    const card = fixtureTask('periodic_report', { periodLabel: 'Quý II/2026', periodDue: '2026-06-20' });
    const approved = ['SUBMIT', 'REVIEW', 'APPROVE'].reduce(
      (task, event, index) =>
        acceptedAs(task, (['lead_staff', 'reviewer', 'approver'] as const)[index], event as never),
      card,
    );
    expect(approved.state).toBe('approved');
    expect(approved.context).toMatchObject({
      periodLabel: 'Quý II/2026',
      periodDue: '2026-06-20',
      issuedNumber: '158/KH-UBND',
    });
  });

  it('starts as a draft with an empty period when the scheduler gives none', () => {
    expect(fixtureTask('periodic_report', {})).toMatchObject({
      state: 'draft',
      context: { periodLabel: null },
    });
  });
});
