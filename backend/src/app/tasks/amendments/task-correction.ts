import type { EntityManager } from 'typeorm';
import type { UnitEntity } from '../../org/entities/unit.entity';
import type { ChangedTask } from '../../plan-import/amendment-diff';
import { linksOfSingleTask, readDeadline, unitsOfTask } from '../../plan-import/plan-import.service';
import type { PlanEntity } from '../../task-model/entities/plan.entity';
import { TaskUnitEntity } from '../../task-model/entities/task-unit.entity';
import type { TaskEntity } from '../../task-model/entities/task.entity';

export interface TaskCorrection {
  changes: Partial<TaskEntity>;
  payload: Record<string, unknown>;
}

/**
 * What a revision changes in one task row: the plan's wording, the deadline read again for the
 * plan, the number (its ref), and for a task one unit leads, its unit links. A per-unit copy of a
 * task (a group's fan-out, a report period) follows the wording and keeps its own lead; it takes
 * the new deadline only when it had the task's deadline. The task's type and workflow stay: a
 * correction never moves a task. Unit links are rewritten here, in the caller's transaction.
 */
export async function correctionOf(
  manager: EntityManager,
  plan: PlanEntity,
  task: TaskEntity,
  { standing, incoming, before, after }: ChangedTask<TaskEntity>,
  options: { isCopy: boolean; hasCopies: boolean; units: readonly UnitEntity[] },
): Promise<TaskCorrection | null> {
  const changes: Partial<TaskEntity> = {};
  const payload: Record<string, unknown> = { before, after };
  for (const field of ['content', 'leadText', 'cooperatorText', 'budgetText'] as const) {
    const value = after[field];
    if (value !== undefined && value !== null) changes[field] = value;
  }
  if (after.deliverable !== undefined) {
    changes.deliverable = incoming.deliverable;
    changes.deliverableKind = incoming.deliverableKind;
  }
  if (after.deadlineText !== undefined && (!options.isCopy || task.deadlineText === standing.deadlineText)) {
    const { deadline, due } = readDeadline(incoming.deadlineText, plan);
    Object.assign(changes, {
      deadlineText: incoming.deadlineText,
      deadline: deadline as unknown as Record<string, unknown>,
      due,
    });
  }
  if (standing.ref !== incoming.ref) changes.ref = `${incoming.ref}${task.ref.slice(standing.ref.length)}`;
  if (after.sectionKey !== undefined) changes.sectionKey = incoming.sectionKey;

  const unitsChanged = after.leadText !== undefined || after.cooperatorText !== undefined;
  if (unitsChanged && !options.isCopy) {
    const rewired = options.hasCopies ? null : await rewireUnits(manager, task, incoming, options.units);
    if (rewired) {
      Object.assign(changes, rewired.changes);
      payload['leadUnitIdBefore'] = task.leadUnitId;
    } else {
      payload['unitsKept'] = true;
    }
  }
  return Object.keys(changes).length > 0 ? { changes, payload } : null;
}

/**
 * A task one unit (or several named units) leads gets the revision's units. A task split into
 * copies (a group's fan-out, a report's periods), or one the revision now gives to a group, keeps
 * its links: a correction cannot split or join tasks, so the payload says the units were kept
 * and only the wording changes.
 */
async function rewireUnits(
  manager: EntityManager,
  task: TaskEntity,
  incoming: ChangedTask['incoming'],
  units: readonly UnitEntity[],
): Promise<{ changes: Partial<TaskEntity> } | null> {
  const { leadIds, cooperatorIds, groupLeadIds } = unitsOfTask(incoming, units);
  if (groupLeadIds.length > 0 || leadIds.length === 0) return null;
  const leadUnitId = leadIds.length === 1 ? leadIds[0] : null;
  await manager.delete(TaskUnitEntity, { taskId: task.id });
  const links = linksOfSingleTask({ id: task.id, wardId: task.wardId, leadUnitId }, leadIds, cooperatorIds);
  if (links.length > 0) await manager.insert(TaskUnitEntity, links);
  return { changes: { leadUnitId, needsPrimaryLead: leadIds.length > 1 } };
}
