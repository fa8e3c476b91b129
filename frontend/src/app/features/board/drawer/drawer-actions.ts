import type { BoardColumn } from '@dondoc/domain';
import {
  allowedEvents,
  allowedMoves,
  columnOf,
  type WorkflowActor,
  type WorkflowEventType,
  type WorkflowTask,
} from '@dondoc/workflows';
import type { ActingFor, BoardMove } from '../board-move';

/** Whose rights an action uses: the user's own, or those of a colleague who delegated to them. */
export interface DrawerActor {
  actor: WorkflowActor;
  onBehalfOf?: ActingFor;
}

/**
 * What the form of a step that keeps the card in its column asks for. The column-changing steps
 * take their needs from `allowedMoves` (the machine's own payload rules); these steps are not in
 * that list, so their forms are named here, with the payload fields the machines read
 * (workflows/src/lib/context-updates.ts). Optional inputs are needs too: the form shows them.
 */
const NEEDS_OF_STEP: Partial<Record<WorkflowEventType, readonly string[]>> = {
  START_CONSULTATION: ['consultation'],
  GIVE_OPINION: ['opinion'],
  CLOSE_CONSULTATION: [],
  APPRAISE: ['appraisal'],
  REPORT_PROGRESS: ['progressReport'],
  REQUEST_EXTENSION: ['extensionDate'],
  GRANT_EXTENSION: ['decisionNote'],
  REFUSE_EXTENSION: ['reason'],
  RECORD_TRIGGER: ['triggerDate'],
};

/** Comments have their own box in the drawer (with mentions); every other event is a button. */
export const COMMENT_EVENT: WorkflowEventType = 'COMMENT';

/**
 * Every event the workflow allows on this task, for the user and for each colleague they stand in
 * for, from the same `allowedEvents` the server decides with: the drawer's list of actions. Each
 * comes as a move (its column is the card's own for a step that does not change column) with the
 * needs its form asks for. The user's own actions come first, each event once per actor.
 */
export function drawerActions(
  task: WorkflowTask,
  actors: readonly DrawerActor[],
  now: string = new Date().toISOString(),
): BoardMove[] {
  let here: BoardColumn;
  try {
    here = columnOf(task.type, task.state);
  } catch {
    return [];
  }
  return actors.flatMap(({ actor, onBehalfOf }) => {
    const moves = new Map(allowedMoves(task, actor, now).map((move) => [move.event, move]));
    return allowedEvents(task, actor, now).map((event) => {
      const move = moves.get(event);
      const needs = move ? [...move.needs] : [...(NEEDS_OF_STEP[event] ?? [])];
      return { event, to: move?.to ?? here, needs, ...(onBehalfOf ? { onBehalfOf } : {}) };
    });
  });
}

/** The actions drawn as buttons: every action but the comment, which the comment box sends. */
export function buttonActions(actions: readonly BoardMove[]): BoardMove[] {
  return actions.filter((action) => action.event !== COMMENT_EVENT);
}

/** True when the user (or someone they stand in for) may comment: the comment box is shown. */
export function mayComment(actions: readonly BoardMove[]): boolean {
  return actions.some((action) => action.event === COMMENT_EVENT);
}
