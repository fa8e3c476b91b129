import type { Role } from '@dondoc/domain';
import type { AuthUser } from '../auth/auth-user';
import { type DeliverableTask, editRefusal } from './deliverable-access';

const task: DeliverableTask = { type: 'document', column: 'draft', wardId: 'w1', leadUnitId: 'lead' };
const user = (unitId: string, roles: Role[] = ['staff'], wardId = 'w1'): AuthUser => ({
  id: 'u',
  username: 'u',
  fullName: 'U',
  wardId,
  unitId,
  roles,
});

describe('editRefusal', () => {
  it('lets the lead unit edit a draft or returned task', () => {
    expect(editRefusal(task, user('lead'))).toBeNull();
    expect(editRefusal({ ...task, column: 'returned' }, user('lead', ['unit_head']))).toBeNull();
  });

  it.each([
    ['another unit', user('other', ['reviewer', 'approver', 'unit_head', 'admin']), 'FORBIDDEN'],
    ['the lead unit of another ward', user('lead', ['staff'], 'w2'), 'FORBIDDEN'],
    ['a leader', user('ubnd', ['leader']), 'FORBIDDEN'],
    ['a leader who sits in the lead unit', user('lead', ['leader']), 'FORBIDDEN'],
  ])('refuses %s', (_, someone, code) => {
    expect(editRefusal(task, someone)?.code).toBe(code);
  });

  it.each(['submitted', 'reviewed', 'approved', 'cancelled', 'waiting'] as const)(
    'refuses changes once the task is %s',
    (column) => {
      expect(editRefusal({ ...task, column }, user('lead'))).toMatchObject({
        code: 'EVENT_NOT_ACCEPTED',
        statusCode: 422,
      });
    },
  );

  it('refuses files on types that hand in no deliverable', () => {
    expect(editRefusal({ ...task, type: 'target' }, user('lead'))?.message).toMatch(/không nộp sản phẩm/);
  });
});
