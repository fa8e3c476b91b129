import { acceptedAs, ACTOR_PROFILES, FIXTURE_NOW, fixtureTask, validCommand } from '../testing/scenarios';
import { allowedEvents } from './allowed';
import { decide } from './decide';
import { replay } from './replay';
import type { WorkflowActor } from './types';

/** The same person, later holding the reviewer's unit and role (a transfer, or a stand-in). */
const moved: WorkflowActor = { ...ACTOR_PROFILES.reviewer, userId: ACTOR_PROFILES.lead_staff.userId };

describe('four eyes on the version', () => {
  const submitted = () => acceptedAs(fixtureTask('document'), 'lead_staff', 'SUBMIT');

  it('records who submitted and who reviewed the current version', () => {
    const reviewed = acceptedAs(submitted(), 'reviewer', 'REVIEW');
    expect(reviewed.context).toMatchObject({ submittedBy: 'u-lead-staff', reviewedBy: 'u-reviewer' });
  });

  it('refuses the submitter who now sits in the reviewer unit, and offers them nothing to review', () => {
    expect(decide(submitted(), moved, validCommand('REVIEW'), FIXTURE_NOW)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      rule: 'FOUR_EYES_SUBMITTER',
    });
    expect(allowedEvents(submitted(), moved, FIXTURE_NOW)).not.toContain('REVIEW');
    expect(allowedEvents(submitted(), moved, FIXTURE_NOW)).toContain('RETURN');
  });

  it('starts a new version on resubmission: whoever reviewed the old one may review again', () => {
    const returned = acceptedAs(acceptedAs(submitted(), 'reviewer', 'REVIEW'), 'approver', 'RETURN');
    const again = acceptedAs(returned, 'lead_head', 'SUBMIT');
    expect(again.context).toMatchObject({ submittedBy: 'u-lead-head', reviewedBy: null });
    expect(decide(again, moved, validCommand('REVIEW'), FIXTURE_NOW)).toMatchObject({ ok: true });
  });

  it('is not asked again when the log is replayed (it was checked when decided)', () => {
    const log = [
      { actor: ACTOR_PROFILES.lead_staff, command: validCommand('SUBMIT'), at: FIXTURE_NOW },
      { actor: moved, command: validCommand('REVIEW'), at: FIXTURE_NOW },
    ];
    expect(replay('document', log).context).toMatchObject({
      submittedBy: 'u-lead-staff',
      reviewedBy: 'u-lead-staff',
    });
  });
});
