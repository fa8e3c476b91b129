import { takesDeliverableFiles } from '@dondoc/contracts';
import type { BoardColumn, TaskType } from '@dondoc/domain';
import { relationsOf } from '@dondoc/workflows';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';

/** The columns in which the lead is still preparing what it will hand in. */
const EDITABLE_COLUMNS: readonly BoardColumn[] = ['draft', 'returned'];

export interface DeliverableTask {
  type: TaskType;
  column: BoardColumn;
  wardId: string;
  leadUnitId: string | null;
}

/**
 * Why the user may not add or remove draft files of this task now, or null when they may: only
 * the lead unit's members (the same relation the workflow's SUBMIT asks for), only while the
 * task is not handed in, only for task types that submit a deliverable.
 */
export function editRefusal(task: DeliverableTask, user: AuthUser): AppError | null {
  const actor = { userId: user.id, wardId: user.wardId, unitId: user.unitId, roles: user.roles };
  const units = { ...task, cooperatorUnitIds: [], reviewerUnitId: null, approverUnitId: null };
  // As the workflow's SUBMIT: staff or head of the lead unit, not a leader or reviewer who sits in it.
  const works = user.roles.some((role) => role === 'staff' || role === 'unit_head');
  if (!relationsOf(units, actor).includes('lead') || !works) {
    return new AppError('FORBIDDEN', 'Chỉ đơn vị chủ trì được đính kèm hoặc gỡ sản phẩm của nhiệm vụ');
  }
  if (!takesDeliverableFiles(task.type)) {
    return new AppError('EVENT_NOT_ACCEPTED', 'Loại nhiệm vụ này không nộp sản phẩm dạng tệp');
  }
  if (!EDITABLE_COLUMNS.includes(task.column)) {
    return new AppError(
      'EVENT_NOT_ACCEPTED',
      'Nhiệm vụ không ở trạng thái dự thảo hoặc bị trả lại: không thể thay đổi sản phẩm',
    );
  }
  return null;
}
