import { planRoom } from './realtime';

describe('planRoom', () => {
  it('names one room per plan', () => {
    expect(planRoom('p-1')).toBe('plan:p-1');
    expect(planRoom('p-1')).not.toBe(planRoom('p-2'));
  });
});
