import type { CardDto, TaskEventDto } from '@dondoc/contracts';
import { badgeOf } from '@dondoc/workflows';
import { cardTimeliness, dueInForce, type TimelinessSettings } from './card-timeliness';
import type { TaskEventEntity } from './entities/task-event.entity';
import type { TaskUnitEntity } from './entities/task-unit.entity';
import type { TaskEntity } from './entities/task.entity';

export interface ChildProgress {
  total: number;
  approved: number;
}

export const NO_CHILDREN: ChildProgress = { total: 0, approved: 0 };

/** What the board draws for one task; pure, so a board of thousands is one pass over rows. */
export function toCard(
  task: TaskEntity,
  links: readonly TaskUnitEntity[],
  unitCodes: ReadonlyMap<string, string>,
  children: ChildProgress,
  lastEventId: number | null,
  settings: TimelinessSettings,
): CardDto {
  const cooperatorUnitIds = links.filter((link) => link.role === 'cooperator').map((link) => link.unitId);
  return {
    id: task.id,
    planId: task.planId,
    wardId: task.wardId,
    ref: task.ref,
    title: task.content,
    type: task.type,
    state: task.state,
    column: task.column,
    badge: badgeOf(task.type, task.state),
    context: task.context as unknown as Record<string, unknown>,
    machineVersion: task.machineVersion,
    version: task.version,
    sectionKey: task.sectionKey,
    leadUnitId: task.leadUnitId,
    leadUnitCode: task.leadUnitId ? (unitCodes.get(task.leadUnitId) ?? null) : null,
    cooperatorUnitIds,
    cooperatorUnitCodes: cooperatorUnitIds.map((id) => unitCodes.get(id) ?? '?'),
    deadlineText: task.deadlineText,
    due: dueInForce(task),
    timeliness: cardTimeliness(task, settings),
    needsPrimaryLead: task.needsPrimaryLead,
    childCount: children.total,
    childApprovedCount: children.approved,
    lastEventId: lastEventId === null ? null : String(lastEventId),
  };
}

export function toEventDto(event: TaskEventEntity, unitCodes: ReadonlyMap<string, string>): TaskEventDto {
  return {
    id: String(event.id),
    taskId: event.taskId,
    planId: event.planId,
    event: event.event,
    fromState: event.fromState,
    toState: event.toState,
    version: event.version,
    comment: event.comment,
    payload: event.payload,
    actor: {
      id: event.actorId ?? '',
      name: event.actorName,
      unitCode: event.actorUnitId ? (unitCodes.get(event.actorUnitId) ?? null) : null,
      role: event.actorRole,
    },
    at: event.at,
  };
}

/** n/m approved per parent, from the rows of one plan. */
export function childProgressByParent(
  tasks: readonly Pick<TaskEntity, 'parentId' | 'column'>[],
): Map<string, ChildProgress> {
  const progress = new Map<string, ChildProgress>();
  for (const task of tasks) {
    if (!task.parentId) continue;
    const entry = progress.get(task.parentId) ?? { total: 0, approved: 0 };
    entry.total += 1;
    if (task.column === 'approved') entry.approved += 1;
    progress.set(task.parentId, entry);
  }
  return progress;
}
