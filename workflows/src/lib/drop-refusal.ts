import type { BoardColumn } from '@dondoc/domain';
import { type AnyStateNode, getNextTransitions } from 'xstate';
import { allowedMoves } from './allowed';
import { columnOf, isStateOf } from './columns';
import { decide } from './decide';
import { COLUMN_LABELS_VI, STATE_LABELS_VI } from './labels';
import { isRefusal, restore, stateOf } from './snapshots';
import type { Decision, WorkflowActor, WorkflowEventType, WorkflowTask } from './types';

export type DropRefusal = Extract<Decision, { ok: false }>;

/** The leaf a transition lands in: a compound target enters its initial child. */
function leafOf(node: AnyStateNode): AnyStateNode {
  const initial = node.initial?.target?.[0];
  return initial === undefined ? node : leafOf(initial);
}

/**
 * Why the card may not be dropped on `to`, from the same decide() the server answers with: a
 * column no event of the state leads to, a condition of the task, the actor's relation or four
 * eyes. Null when the drop is allowed (its form may still ask for a reason or a file), and for
 * the card's own column, where a drop moves nothing. Lets a board say why a drop is refused, in
 * the words the server would use.
 */
export function dropRefusal(
  task: WorkflowTask,
  actor: WorkflowActor,
  to: BoardColumn,
  now: string = new Date().toISOString(),
): DropRefusal | null {
  if (allowedMoves(task, actor, now).some((move) => move.to === to)) return null;
  const restored = restore(task);
  if (isRefusal(restored)) return restored;
  const current = stateOf(restored.snapshot);
  if (columnOf(task.type, current) === to) return null;
  const leading = getNextTransitions(restored.snapshot).filter((candidate) => {
    const target = candidate.target?.[0];
    if (target === undefined) return false;
    const state = leafOf(target).path.join('.');
    return isStateOf(task.type, state) && columnOf(task.type, state) === to;
  });
  const event = leading[0]?.eventType as WorkflowEventType | undefined;
  if (event === undefined) {
    return {
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
      reason: `Không thể chuyển nhiệm vụ từ «${STATE_LABELS_VI[current] ?? current}» sang «${COLUMN_LABELS_VI[to]}»`,
    };
  }
  const decision = decide(task, actor, { type: event }, now);
  // Refused only for its payload: the drop itself is allowed (allowedMoves would have said so).
  return decision.ok || decision.code === 'INVALID_PAYLOAD' ? null : decision;
}
