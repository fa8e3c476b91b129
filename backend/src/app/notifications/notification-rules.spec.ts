import type { Role } from '@dondoc/domain';
import {
  askOfAlert,
  askOfEvent,
  type Candidate,
  candidateUnits,
  recipientsOf,
  type TaskParties,
} from './notification-rules';

const task: TaskParties = {
  wardId: 'w',
  leadUnitId: 'LEAD',
  reviewerUnitId: 'REV',
  approverUnitId: 'APP',
  alternateReviewerUnitId: null,
};

const user = (id: string, unitId: string | null, roles: Role[], wardId = 'w'): Candidate => ({
  id,
  username: `u.${id}`,
  wardId,
  unitId,
  roles,
});

const people: Candidate[] = [
  user('leadStaff', 'LEAD', ['staff']),
  user('leadHead', 'LEAD', ['unit_head']),
  user('reviewer', 'REV', ['reviewer']),
  user('reviewerClerk', 'REV', ['staff']),
  user('reviewerHead', 'REV', ['unit_head']),
  user('approver', 'APP', ['approver']),
  user('altReviewer', 'ALT', ['reviewer']),
  user('officeClerk', 'APP', ['staff']),
  user('coop', 'COOP', ['staff']),
  user('leader', 'UBND', ['leader']),
  user('otherWardLeader', 'X', ['leader'], 'other'),
];

const whoIsAsked = (facts: Parameters<typeof askOfEvent>[0], actorId: string | null = null) => {
  const ask = askOfEvent(facts);
  return ask ? { kind: ask.kind, to: recipientsOf(ask.audience, task, people, actorId) } : null;
};

const move = (
  event: string,
  fromState: string,
  toState: string,
  payload: Record<string, unknown> | null = {},
) => ({
  event,
  fromState,
  toState,
  payload,
});

describe('askOfEvent and recipientsOf', () => {
  it('asks the reviewers and the head of the reviewer unit to review a submission, not its clerks', () => {
    expect(whoIsAsked(move('SUBMIT', 'draft', 'submitted'), 'leadStaff')).toEqual({
      kind: 'review_requested',
      to: ['reviewer', 'reviewerHead'],
    });
    // a target's measured value and an ongoing task's closing report are submissions too
    expect(whoIsAsked(move('SUBMIT_VALUE', 'returned', 'submitted'))?.kind).toBe('review_requested');
    expect(whoIsAsked(move('CLOSE', 'in_progress', 'submitted'))?.kind).toBe('review_requested');
  });

  it('asks the approver unit to approve reviewed work and to appraise a legal document', () => {
    expect(whoIsAsked(move('REVIEW', 'submitted', 'reviewed'))).toEqual({
      kind: 'approval_requested',
      to: ['approver'],
    });
    expect(whoIsAsked(move('SUBMIT', 'consulted', 'submitted.appraisal'))).toEqual({
      kind: 'appraisal_requested',
      to: ['approver'],
    });
    expect(whoIsAsked(move('APPRAISE', 'submitted.appraisal', 'submitted.appraised'))?.kind).toBe(
      'review_requested',
    );
  });

  it('tells the whole lead unit of a return, never the one who returned it', () => {
    expect(whoIsAsked(move('RETURN', 'submitted', 'returned', { reason: 'Thiếu' }), 'reviewer')).toEqual({
      kind: 'returned',
      to: ['leadStaff', 'leadHead'],
    });
  });

  it('asks every member of the consulted units for an opinion', () => {
    expect(
      whoIsAsked(move('START_CONSULTATION', 'draft', 'consultation', { consultees: ['COOP', 7] })),
    ).toEqual({
      kind: 'opinion_requested',
      to: ['coop'],
    });
  });

  it('routes extension requests to the approver unit and its answer to the lead unit', () => {
    expect(whoIsAsked(move('REQUEST_EXTENSION', 'draft', 'draft'))).toEqual({
      kind: 'extension_requested',
      to: ['approver'],
    });
    expect(whoIsAsked(move('GRANT_EXTENSION', 'draft', 'draft'))?.to).toEqual(['leadStaff', 'leadHead']);
    expect(whoIsAsked(move('REFUSE_EXTENSION', 'draft', 'draft'))?.kind).toBe('extension_refused');
  });

  it('notifies the users a comment mentions, by id or username, in the task’s ward only', () => {
    expect(
      whoIsAsked(
        move('COMMENT', 'draft', 'draft', {
          mentions: ['approver', 'u.coop', 'otherWardLeader', 'leadStaff'],
        }),
        'leadStaff',
      ),
    ).toEqual({ kind: 'mentioned', to: ['approver', 'coop'] });
    expect(whoIsAsked(move('COMMENT', 'draft', 'draft', { mentions: [] }))).toBeNull();
    expect(whoIsAsked(move('COMMENT', 'draft', 'draft', null))).toBeNull();
  });

  it('asks nothing of anyone for approvals, opinions, cancellations and stays in place', () => {
    expect(askOfEvent(move('APPROVE', 'reviewed', 'approved'))).toBeNull();
    expect(askOfEvent(move('GIVE_OPINION', 'consultation', 'consultation'))).toBeNull();
    expect(askOfEvent(move('CANCEL', 'draft', 'cancelled'))).toBeNull();
    expect(askOfEvent(move('REPORT_PROGRESS', 'in_progress', 'in_progress'))).toBeNull();
  });
});

describe('askOfAlert', () => {
  const asked = (kind: Parameters<typeof askOfAlert>[0]) =>
    recipientsOf(askOfAlert(kind).audience, task, people, null);

  it('reminds the lead unit, and escalates to its head and then to the ward’s leaders', () => {
    expect(asked('due_soon')).toEqual(['leadStaff', 'leadHead']);
    expect(asked('overdue')).toEqual(['leadStaff']);
    expect(asked('escalated_unit_head')).toEqual(['leadHead']);
    expect(asked('escalated_leadership')).toEqual(['leader']);
  });
});

describe('review asked of the unit that reviews (four eyes)', () => {
  const submitted = move('SUBMIT', 'draft', 'submitted');
  const reviewAsked = (parties: TaskParties) => {
    const ask = askOfEvent(submitted);
    if (!ask) throw new Error('a submission asks for review');
    return {
      units: candidateUnits(ask.audience, parties),
      to: recipientsOf(ask.audience, parties, people, 'reviewerHead'),
    };
  };

  it('asks the approver unit, not the lead unit itself, when the plan’s reviewer unit leads the task', () => {
    expect(reviewAsked({ ...task, leadUnitId: 'REV' })).toEqual({ units: ['APP'], to: ['approver'] });
  });

  it('asks the plan’s alternate reviewer unit when the plan names one', () => {
    expect(reviewAsked({ ...task, leadUnitId: 'REV', alternateReviewerUnitId: 'ALT' })).toEqual({
      units: ['ALT'],
      to: ['altReviewer'],
    });
  });

  it('asks the plan’s reviewer unit for work another unit leads, whatever the alternate', () => {
    expect(reviewAsked({ ...task, alternateReviewerUnitId: 'ALT' }).units).toEqual(['REV']);
  });
});

describe('candidateUnits', () => {
  it('reads only the units that can be in the audience', () => {
    expect(candidateUnits({ kind: 'relation', relation: 'reviewer_unit' }, task)).toEqual(['REV']);
    expect(candidateUnits({ kind: 'lead_heads' }, { ...task, leadUnitId: null })).toEqual([]);
    expect(candidateUnits({ kind: 'users', ids: ['a'] }, task)).toBe('all');
  });
});
