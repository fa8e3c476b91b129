import type { BoardColumn } from '@dondoc/domain';
import { transition } from 'xstate';
import { NEED_OF_RULE } from '../guards/payload-rules';
import { columnOf } from './columns';
import { actorFactsOf } from './relations';
import { declaredTransitions, enabled, isRefusal, machineEvent, metaOf, restore, stateOf } from './snapshots';
import {
  type AllowedMove,
  type PayloadNeed,
  WORKFLOW_EVENT_TYPES,
  type WorkflowActor,
  type WorkflowEventType,
  type WorkflowTask,
} from './types';

/*
 * What the board shows. These ask the same machine as decide(), with the payload left out: a
 * move that appears here can still be refused for a missing reason, never for who the actor is.
 * `now` matters for the few conditions on dates (consultation deadline, end of an ongoing span);
 * it defaults to the current time because the board asks about the present.
 */

export function allowedEvents(
  task: WorkflowTask,
  actor: WorkflowActor,
  now: string = new Date().toISOString(),
): WorkflowEventType[] {
  if (actor.wardId !== task.wardId) return [];
  const restored = restore(task);
  if (isRefusal(restored)) return [];
  const facts = actorFactsOf(task, actor);
  return WORKFLOW_EVENT_TYPES.filter((type) =>
    enabled(restored, machineEvent(type, facts, {}, now, 'permission', task.cooperatorUnitIds)),
  );
}

/** The columns the card may be dropped on, with what the drop dialog must ask for. */
export function allowedMoves(
  task: WorkflowTask,
  actor: WorkflowActor,
  now: string = new Date().toISOString(),
): AllowedMove[] {
  const restored = restore(task);
  if (isRefusal(restored)) return [];
  const facts = actorFactsOf(task, actor);
  const from: BoardColumn = columnOf(task.type, stateOf(restored.snapshot));
  return allowedEvents(task, actor, now).flatMap((type) => {
    const event = machineEvent(type, facts, {}, now, 'permission', task.cooperatorUnitIds);
    const [next] = transition(restored.machine, restored.snapshot, event);
    const to = columnOf(task.type, stateOf(next));
    if (to === from) return [];
    const needs = declaredTransitions(restored.snapshot, type)
      .flatMap((candidate) => metaOf(candidate).rules.map((rule) => NEED_OF_RULE[rule]))
      .filter((need): need is PayloadNeed => need !== null);
    return [{ event: type, to, needs: [...new Set(needs)] }];
  });
}

/** The event a drop on `to` means, or null when the card may not go there. */
export function eventForDrop(
  task: WorkflowTask,
  actor: WorkflowActor,
  to: BoardColumn,
  now: string = new Date().toISOString(),
): WorkflowEventType | null {
  return allowedMoves(task, actor, now).find((move) => move.to === to)?.event ?? null;
}
