import { acceptedAs, ACTOR_PROFILES, FIXTURE_NOW, fixtureTask } from '../testing/scenarios';
import { allowedEvents, allowedMoves, eventForDrop } from './allowed';

const reviewed = () =>
  acceptedAs(acceptedAs(fixtureTask('document'), 'lead_staff', 'SUBMIT'), 'reviewer', 'REVIEW');

describe('allowedMoves', () => {
  it('offers the lead the submit column of a draft, asking for the deliverable', () => {
    expect(allowedMoves(fixtureTask('document'), ACTOR_PROFILES.lead_staff, FIXTURE_NOW)).toEqual([
      { event: 'SUBMIT', to: 'submitted', needs: ['deliverable'] },
    ]);
  });

  it('offers the approver of a reviewed document approval, return and cancellation', () => {
    expect(allowedMoves(reviewed(), ACTOR_PROFILES.approver, FIXTURE_NOW)).toEqual([
      { event: 'APPROVE', to: 'approved', needs: ['issuedDocument'] },
      { event: 'RETURN', to: 'returned', needs: ['reason'] },
      { event: 'CANCEL', to: 'cancelled', needs: ['reason'] },
    ]);
  });

  it('leaves out events that keep the card in its column', () => {
    const task = fixtureTask('legal_document');
    expect(allowedEvents(task, ACTOR_PROFILES.lead_staff, FIXTURE_NOW)).toEqual([
      'START_CONSULTATION',
      'REQUEST_EXTENSION',
      'COMMENT',
    ]);
    expect(allowedMoves(task, ACTOR_PROFILES.lead_staff, FIXTURE_NOW)).toEqual([]);
  });

  it.each(['leader', 'outsider', 'foreign_all_roles'] as const)('offers %s nothing to drag', (profile) => {
    expect(allowedMoves(reviewed(), ACTOR_PROFILES[profile], FIXTURE_NOW)).toEqual([]);
  });

  it('offers nothing for a row it cannot read', () => {
    expect(allowedMoves({ ...reviewed(), machineVersion: 9 }, ACTOR_PROFILES.approver, FIXTURE_NOW)).toEqual(
      [],
    );
  });
});

describe('eventForDrop', () => {
  it.each([
    ['approver', 'approved', 'APPROVE'],
    ['approver', 'returned', 'RETURN'],
    ['approver', 'draft', null],
    ['admin', 'cancelled', 'CANCEL'],
    ['reviewer', 'approved', null],
  ] as const)('%s dropping a reviewed card on %s → %p', (profile, to, event) => {
    expect(eventForDrop(reviewed(), ACTOR_PROFILES[profile], to, FIXTURE_NOW)).toBe(event);
  });

  it('uses the clock for date conditions: an overdue consultation may be closed by the office', () => {
    const started = acceptedAs(fixtureTask('legal_document'), 'lead_staff', 'START_CONSULTATION', {
      payload: { deadline: '2026-03-12' },
    });
    expect(allowedEvents(started, ACTOR_PROFILES.approver, '2026-03-12T03:00:00Z')).not.toContain(
      'CLOSE_CONSULTATION',
    );
    expect(allowedEvents(started, ACTOR_PROFILES.approver, '2026-03-13T03:00:00Z')).toContain(
      'CLOSE_CONSULTATION',
    );
  });
});
