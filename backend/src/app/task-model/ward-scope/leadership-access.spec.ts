import { AppError } from '../../common/app-error';
import { assertMaySeeLeadershipBoard, maySeeLeadershipBoard } from './leadership-access';

describe('leadership access', () => {
  it('lets leaders and admins in', () => {
    expect(maySeeLeadershipBoard({ roles: ['leader'] })).toBe(true);
    expect(maySeeLeadershipBoard({ roles: ['staff', 'admin'] })).toBe(true);
  });

  it('refuses every other role with FORBIDDEN', () => {
    for (const role of ['staff', 'unit_head', 'reviewer', 'approver'] as const)
      expect(maySeeLeadershipBoard({ roles: [role] })).toBe(false);
    expect(() => assertMaySeeLeadershipBoard({ roles: ['staff'] })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }) as AppError,
    );
  });
});
