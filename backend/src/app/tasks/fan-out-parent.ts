import type { ChildrenTally } from '@dondoc/workflows';
import { decide, engineActor } from '@dondoc/workflows';
import type { EntityManager } from 'typeorm';
import { TaskEntity } from '../task-model/entities/task.entity';
import { cooperatorUnitIds, toWorkflowTask } from '../task-model/workflow-adapter';
import { WorkflowRefusal } from './refusal';
import type { TaskChange } from './task-change-recorder';
import type { TransitionSnapshot } from './transition-snapshot';

/** A child in one of these columns is settled: its parent may be done once every child is. */
const SETTLED_COLUMNS = ['approved', 'cancelled'] as const;

export function settlesItsParent(task: Pick<TaskEntity, 'parentId' | 'column'>): task is TaskEntity & {
  parentId: string;
} {
  return task.parentId !== null && (SETTLED_COLUMNS as readonly string[]).includes(task.column);
}

/** How the parent's children stand now, inside the transaction that settled one of them. */
export async function childrenTally(manager: EntityManager, parentId: string): Promise<ChildrenTally> {
  const rows: { board_column: string; n: number | string }[] = await manager
    .createQueryBuilder(TaskEntity, 'child')
    .select('child.column', 'board_column')
    .addSelect('COUNT(*)', 'n')
    .where('child.parentId = :parentId', { parentId })
    .groupBy('child.column')
    .getRawMany();
  const count = (column: string) => Number(rows.find((row) => row.board_column === column)?.n ?? 0);
  return {
    total: rows.reduce((sum, row) => sum + Number(row.n), 0),
    approved: count('approved'),
    cancelled: count('cancelled'),
  };
}

/**
 * CHILDREN_DONE as the engine sends it: decided for the parent with its children counted now, by
 * the ward's engine actor, and recorded without a person. Null while some child is still open
 * (the machine does not accept the event yet); any other refusal is a fault and is thrown.
 */
export function childrenDoneChange(
  snapshot: TransitionSnapshot,
  children: ChildrenTally,
  at: string,
): TaskChange | null {
  const { task, plan, links } = snapshot;
  const workflowTask = { ...toWorkflowTask(task, plan, cooperatorUnitIds(links)), children };
  const decision = decide(workflowTask, engineActor(task.wardId), { type: 'CHILDREN_DONE' }, at);
  if (!decision.ok) {
    if (decision.code === 'EVENT_NOT_ACCEPTED') return null;
    throw new WorkflowRefusal(decision.code, decision.reason, decision.rule);
  }
  return {
    event: 'CHILDREN_DONE',
    changes: {
      state: decision.state,
      column: decision.column,
      context: decision.context,
      machineVersion: decision.machineVersion,
    },
    comment: null,
    payload: decision.recordedPayload,
    actorRole: null,
    at,
  };
}
