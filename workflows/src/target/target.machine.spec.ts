import type { TargetOperator } from '../lib/types';
import { acceptedAs, decideAs, fixtureTask } from '../testing/scenarios';

function targetOf(targetOperator: TargetOperator, targetValue: number) {
  return fixtureTask('target', { targetOperator, targetValue });
}

describe('target workflow', () => {
  it.each([
    ['≥ 60, measured 72', '>=', 60, 72, true],
    ['≥ 60, measured 55', '>=', 60, 55, false],
    ['giảm ≥ 15, measured 15', '>=', 15, 15, true],
    ['≤ 2 (late files), measured 3.5', '<=', 2, 3.5, false],
  ] as const)('%s → targetMet %p', (_name, operator, value, measuredValue, met) => {
    const submitted = acceptedAs(targetOf(operator, value), 'lead_staff', 'SUBMIT_VALUE', {
      payload: { measuredValue, evidence: 'Báo cáo 12/BC-VP' },
    });
    expect(submitted.state).toBe('submitted');
    expect(submitted.context).toMatchObject({ measuredValue, evidence: 'Báo cáo 12/BC-VP', targetMet: met });
  });

  it('records the value but cannot judge it when the target was not set', () => {
    const submitted = acceptedAs(fixtureTask('target', {}), 'lead_staff', 'SUBMIT_VALUE');
    expect(submitted.context).toMatchObject({ measuredValue: 72, targetMet: null });
  });

  it.each([
    [{ measuredValue: '72%' }, 'Giá trị đo được phải là một số'],
    [{ evidence: '' }, 'Cần nêu minh chứng cho giá trị đo được'],
  ])('refuses %p', (payload, reason) => {
    expect(decideAs(targetOf('>=', 60), 'lead_staff', 'SUBMIT_VALUE', { payload })).toEqual({
      ok: false,
      code: 'INVALID_PAYLOAD',
      reason,
    });
  });

  it('does not take a plain SUBMIT, and approves without an issued document', () => {
    expect(decideAs(targetOf('>=', 60), 'lead_staff', 'SUBMIT')).toMatchObject({
      code: 'EVENT_NOT_ACCEPTED',
    });
    const reviewed = acceptedAs(
      acceptedAs(targetOf('>=', 60), 'lead_staff', 'SUBMIT_VALUE'),
      'reviewer',
      'REVIEW',
    );
    const approved = acceptedAs(reviewed, 'approver', 'APPROVE', { payload: { issuedNumber: undefined } });
    expect(approved).toMatchObject({ state: 'approved', context: { issuedNumber: null, targetMet: true } });
  });

  it('resubmits a new value after a return', () => {
    const returned = acceptedAs(
      acceptedAs(targetOf('>=', 60), 'lead_staff', 'SUBMIT_VALUE'),
      'reviewer',
      'RETURN',
    );
    const again = acceptedAs(returned, 'lead_head', 'SUBMIT_VALUE', { payload: { measuredValue: 58 } });
    expect(again.context).toMatchObject({ measuredValue: 58, targetMet: false, returnReason: null });
  });
});
