import { PlanReadError } from '@dondoc/plan-readers';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { UnitEntity } from '../org/entities/unit.entity';

/** The office that receives the ward's plans and follows them up (Văn phòng HĐND và UBND). */
export const OFFICE_UNIT_CODE = 'VP';

/** Plans are brought in by the ward's admin or by a person of its Văn phòng. */
export async function requireImporter(manager: EntityManager, user: AuthUser): Promise<void> {
  if (user.roles.includes('admin')) return;
  if (user.unitId) {
    const unit = await manager.findOne(UnitEntity, { where: { id: user.unitId, wardId: user.wardId } });
    if (unit?.code === OFFICE_UNIT_CODE) return;
  }
  throw new AppError('FORBIDDEN', 'Chỉ quản trị viên hoặc Văn phòng HĐND và UBND được nhập kế hoạch');
}

/**
 * A refused file in the app's error shape: the readers' Vietnamese message, and the reason's code
 * first in `details` so the page can tell a scan from a password without reading the message.
 */
export function readRefusal(error: unknown): AppError {
  if (!(error instanceof PlanReadError)) throw error;
  const details = [error.code, ...(error.detail ? [error.detail] : [])];
  const message = error.message;
  switch (error.code) {
    case 'too_large':
      return new AppError('PAYLOAD_TOO_LARGE', message, { details });
    case 'unsupported_type':
    case 'legacy_office':
      return new AppError('UNSUPPORTED_FILE_TYPE', message, { details });
    default:
      return new AppError('INVALID_PAYLOAD', message, { details });
  }
}
