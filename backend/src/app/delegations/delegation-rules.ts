import { isIsoDate } from '@dondoc/deadlines';
import type { Role } from '@dondoc/domain';

/** Who may hand their rights to a stand-in: those whose absence stops a task (issue #6). */
const DELEGATING_ROLES: readonly Role[] = ['unit_head', 'approver'];

export const NOT_DELEGATING = 'Chỉ trưởng đơn vị hoặc người phê duyệt mới được ủy quyền';
export const NOT_FOUND = 'Không tìm thấy người được ủy quyền trong phường';

export function mayDelegate(roles: readonly Role[]): boolean {
  return roles.some((role) => DELEGATING_ROLES.includes(role));
}

interface Person {
  id: string;
  wardId: string;
  unitId: string | null;
}

/**
 * Why a delegation may not be made, or null when it may. The stand-in must sit in the giver's own
 * unit: they then act with the unit's rights, so what the log records (the actor's unit) stays
 * the unit the rights belong to, and no one borrows another unit's relation to a task.
 */
export function delegationProblem(
  giver: Person & { roles: readonly Role[] },
  standIn: Person | null,
  startsOn: string,
  endsOn: string,
  today: string,
): string | null {
  if (!mayDelegate(giver.roles)) return NOT_DELEGATING;
  if (!isIsoDate(startsOn) || !isIsoDate(endsOn)) return 'Ngày bắt đầu và ngày kết thúc phải là ngày hợp lệ';
  if (startsOn > endsOn) return 'Ngày kết thúc ủy quyền không được trước ngày bắt đầu';
  if (endsOn < today) return 'Ngày kết thúc ủy quyền đã qua';
  if (standIn === null || standIn.wardId !== giver.wardId) return NOT_FOUND;
  if (standIn.id === giver.id) return 'Không thể tự ủy quyền cho chính mình';
  if (giver.unitId === null || standIn.unitId !== giver.unitId) {
    return 'Người được ủy quyền phải cùng đơn vị với người ủy quyền';
  }
  return null;
}
