import type { BoardColumn } from '@dondoc/domain';
import { getNextTransitions, transition } from 'xstate';
import { NEED_OF_RULE } from '../guards/payload-rules';
import { columnOf } from './columns';
import { actorFactsOf } from './relations';
import { enabled, isRefusal, machineEvent, metaOf, restore, type Restored, stateOf } from './snapshots';
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
  return enabledEvents(restored, task, actor, now).map(({ type }) => type);
}

/** The columns the card may be dropped on, with what the drop dialog must ask for. */
export function allowedMoves(
  task: WorkflowTask,
  actor: WorkflowActor,
  now: string = new Date().toISOString(),
): AllowedMove[] {
  if (actor.wardId !== task.wardId) return [];
  const restored = restore(task);
  if (isRefusal(restored)) return [];
  const from: BoardColumn = columnOf(task.type, stateOf(restored.snapshot));
  return enabledEvents(restored, task, actor, now).flatMap(({ type, event, declared }) => {
    const [next] = transition(restored.machine, restored.snapshot, event);
    const to = columnOf(task.type, stateOf(next));
    if (to === from) return [];
    const needs = declared
      .flatMap((candidate) => metaOf(candidate).rules.map((rule) => NEED_OF_RULE[rule]))
      .filter((need): need is PayloadNeed => need !== null);
    return [{ event: type, to, needs: [...new Set(needs)] }];
  });
}

/**
 * The events whose guards pass for this actor, in WORKFLOW_EVENT_TYPES order. Only the events the
 * current state declares are asked about: a board asks this for every card it draws, and asking
 * the machine about all seventeen events cost a millisecond per card.
 */
function enabledEvents(restored: Restored, task: WorkflowTask, actor: WorkflowActor, now: string) {
  const facts = actorFactsOf(task, actor);
  const declaredByType = new Map<string, ReturnType<typeof getNextTransitions>>();
  for (const candidate of getNextTransitions(restored.snapshot))
    declaredByType.set(candidate.eventType, [...(declaredByType.get(candidate.eventType) ?? []), candidate]);
  return WORKFLOW_EVENT_TYPES.flatMap((type) => {
    const declared = declaredByType.get(type);
    if (!declared) return [];
    const event = machineEvent(type, facts, {}, now, 'permission', task.cooperatorUnitIds);
    return enabled(restored, event) ? [{ type, event, declared }] : [];
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
