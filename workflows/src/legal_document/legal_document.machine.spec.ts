import { badgeOf, columnOf } from '../lib/columns';
import { decide } from '../lib/decide';
import type { WorkflowTask } from '../lib/types';
import { acceptedAs, ACTOR_PROFILES, decideAs, FIXTURE_UNITS, fixtureTask } from '../testing/scenarios';

/** A QPPL draft consulting two cooperators: the fixture's one and a second whose user we make here. */
const SECOND_COOPERATOR = 'unit-tu-phap';
function withTwoCooperators(): WorkflowTask {
  return {
    ...fixtureTask('legal_document'),
    cooperatorUnitIds: [FIXTURE_UNITS.cooperator, SECOND_COOPERATOR],
  };
}

describe('legal document workflow', () => {
  it('cannot be submitted before consultation', () => {
    expect(decideAs(fixtureTask('legal_document'), 'lead_staff', 'SUBMIT')).toMatchObject({
      code: 'EVENT_NOT_ACCEPTED',
    });
  });

  it('pins the consulted units into the logged payload', () => {
    const decision = decideAs(withTwoCooperators(), 'lead_staff', 'START_CONSULTATION', {
      payload: { consultees: ['forged'] },
    });
    expect(decision).toMatchObject({
      ok: true,
      state: 'consultation',
      badge: 'consultation',
      column: 'draft',
      recordedPayload: { consultees: [FIXTURE_UNITS.cooperator, SECOND_COOPERATOR] },
      context: { consultees: [FIXTURE_UNITS.cooperator, SECOND_COOPERATOR] },
    });
  });

  it('closes at once when there is nobody to consult', () => {
    const alone = { ...fixtureTask('legal_document'), cooperatorUnitIds: [] };
    const consulted = acceptedAs(
      acceptedAs(alone, 'lead_staff', 'START_CONSULTATION'),
      'lead_staff',
      'CLOSE_CONSULTATION',
    );
    expect(consulted).toMatchObject({ state: 'consulted', context: { opinions: [] } });
  });

  it('takes one opinion per unit and waits for all of them, or for the deadline', () => {
    const started = acceptedAs(withTwoCooperators(), 'lead_staff', 'START_CONSULTATION', {
      payload: { deadline: '2026-03-20' },
    });
    const answered = acceptedAs(started, 'cooperator', 'GIVE_OPINION', {
      payload: { opinion: 'Đề nghị bổ sung Điều 3' },
    });
    expect(decideAs(answered, 'cooperator', 'GIVE_OPINION')).toEqual({
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
      reason: 'Đơn vị của bạn đã cho ý kiến trong đợt lấy ý kiến này',
    });
    expect(decideAs(answered, 'lead_staff', 'CLOSE_CONSULTATION')).toMatchObject({
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
      reason: expect.stringContaining('còn đơn vị phối hợp chưa cho ý kiến'),
    });
    expect(
      decideAs(answered, 'approver', 'CLOSE_CONSULTATION', { now: '2026-03-21T03:00:00Z' }),
    ).toMatchObject({
      ok: true,
      state: 'consulted',
      context: {
        opinions: [
          { unitId: FIXTURE_UNITS.cooperator, opinion: 'Đề nghị bổ sung Điều 3', noOpinion: false },
          { unitId: SECOND_COOPERATOR, opinion: 'Không có ý kiến', noOpinion: true },
        ],
      },
    });
  });

  it('lets the lead close once every cooperator answered', () => {
    const secondUser = { ...ACTOR_PROFILES.cooperator, userId: 'u-tu-phap', unitId: SECOND_COOPERATOR };
    const started = acceptedAs(withTwoCooperators(), 'lead_staff', 'START_CONSULTATION');
    const first = acceptedAs(started, 'cooperator', 'GIVE_OPINION');
    expect(decideAs(first, 'approver', 'CLOSE_CONSULTATION')).toMatchObject({ code: 'EVENT_NOT_ACCEPTED' });
    const second = decide(
      first,
      secondUser,
      { type: 'GIVE_OPINION', comment: 'Nhất trí' },
      '2026-03-10T03:00:00Z',
    );
    if (!second.ok) throw new Error(second.reason);
    const bothAnswered = { ...first, state: second.state, context: second.context };
    expect(decideAs(bothAnswered, 'approver', 'CLOSE_CONSULTATION')).toMatchObject({ code: 'FORBIDDEN' });
    expect(acceptedAs(bothAnswered, 'lead_staff', 'CLOSE_CONSULTATION').state).toBe('consulted');
  });

  it('is appraised by the office inside the submitted column, then reviewed and issued', () => {
    const consulted = acceptedAs(
      acceptedAs(
        acceptedAs(fixtureTask('legal_document'), 'lead_staff', 'START_CONSULTATION'),
        'cooperator',
        'GIVE_OPINION',
      ),
      'lead_staff',
      'CLOSE_CONSULTATION',
    );
    const inAppraisal = acceptedAs(consulted, 'lead_staff', 'SUBMIT');
    expect([
      inAppraisal.state,
      columnOf('legal_document', inAppraisal.state),
      badgeOf('legal_document', inAppraisal.state),
    ]).toEqual(['submitted.appraisal', 'submitted', 'appraisal']);
    expect(decideAs(inAppraisal, 'reviewer', 'REVIEW')).toMatchObject({ code: 'EVENT_NOT_ACCEPTED' });
    const appraised = acceptedAs(inAppraisal, 'office_head', 'APPRAISE', {
      payload: { note: 'Đủ điều kiện' },
    });
    expect(appraised).toMatchObject({
      state: 'submitted.appraised',
      context: { appraisalNote: 'Đủ điều kiện' },
    });
    const issued = acceptedAs(acceptedAs(appraised, 'reviewer', 'REVIEW'), 'approver', 'APPROVE');
    expect(issued).toMatchObject({ state: 'approved', context: { issuedNumber: '158/KH-UBND' } });
  });

  it('goes back to returned from appraisal, and may be consulted again from there', () => {
    const inAppraisal = acceptedAs(
      acceptedAs(
        acceptedAs(fixtureTask('legal_document'), 'lead_staff', 'START_CONSULTATION'),
        'lead_staff',
        'CLOSE_CONSULTATION',
        {
          payload: { deadlinePassed: true },
        },
      ),
      'lead_staff',
      'SUBMIT',
    );
    const returned = acceptedAs(inAppraisal, 'approver', 'RETURN', { payload: { reason: 'Trái Luật' } });
    expect(returned.context).toMatchObject({
      returnReason: 'Trái Luật',
      returnedFrom: 'submitted.appraisal',
    });
    const again = acceptedAs(returned, 'lead_staff', 'START_CONSULTATION');
    expect(again).toMatchObject({ state: 'consultation', context: { opinions: [] } });
  });
});
