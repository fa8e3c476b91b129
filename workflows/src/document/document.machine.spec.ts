import { acceptedAs, decideAs, fixtureTask } from '../testing/scenarios';

const submitted = () => acceptedAs(fixtureTask('document'), 'lead_staff', 'SUBMIT');
const reviewed = () => acceptedAs(submitted(), 'reviewer', 'REVIEW');

describe('document workflow', () => {
  it('runs draft → submitted → reviewed → approved, recording deliverable and issued document', () => {
    const approved = acceptedAs(reviewed(), 'approver', 'APPROVE', {
      payload: { issuedNumber: '12/QĐ-UBND', issuedOn: '2026-03-09' },
    });
    expect(approved.state).toBe('approved');
    expect(approved.context).toMatchObject({
      deliverableRef: 'att-001 Dự thảo Kế hoạch',
      issuedNumber: '12/QĐ-UBND',
      issuedOn: '2026-03-09',
    });
  });

  it.each([
    ['SUBMIT without deliverable', 'lead_staff', 'SUBMIT', { deliverableRef: undefined }, 'Cần đính kèm'],
    ['APPROVE without number', 'approver', 'APPROVE', { issuedNumber: '' }, 'Cần ghi số'],
    [
      'APPROVE dated tomorrow',
      'approver',
      'APPROVE',
      { issuedOn: '2026-03-11' },
      'không được sau ngày hôm nay',
    ],
    ['RETURN without reason', 'approver', 'RETURN', { reason: undefined }, 'Cần nêu lý do'],
  ] as const)('refuses %s as INVALID_PAYLOAD', (_name, profile, event, payload, message) => {
    const task = event === 'SUBMIT' ? fixtureTask('document') : reviewed();
    const decision = decideAs(task, profile, event, { payload, comment: '' });
    expect(decision).toEqual({
      ok: false,
      code: 'INVALID_PAYLOAD',
      reason: expect.stringContaining(message),
    });
  });

  it('returns with a reason and clears it on resubmission', () => {
    const returned = acceptedAs(reviewed(), 'approver', 'RETURN', { payload: { reason: 'Sai số liệu' } });
    expect(returned.context).toMatchObject({ returnReason: 'Sai số liệu', returnedFrom: 'reviewed' });
    const resubmitted = acceptedAs(returned, 'lead_head', 'SUBMIT', {
      payload: { deliverableRef: 'att-002' },
    });
    expect(resubmitted.state).toBe('submitted');
    expect(resubmitted.context).toMatchObject({
      returnReason: null,
      returnedFrom: null,
      deliverableRef: 'att-002',
    });
  });

  it('is cancelled by an admin with a reason, after which only comments are accepted', () => {
    const cancelled = acceptedAs(reviewed(), 'admin', 'CANCEL', { payload: { reason: 'Không phát sinh' } });
    expect(cancelled.context.cancelReason).toBe('Không phát sinh');
    expect(decideAs(cancelled, 'lead_staff', 'SUBMIT')).toMatchObject({
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
    });
    expect(decideAs(cancelled, 'approver', 'CANCEL')).toMatchObject({
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
    });
    expect(decideAs(cancelled, 'leader', 'COMMENT')).toMatchObject({ ok: true, state: 'cancelled' });
  });
});
