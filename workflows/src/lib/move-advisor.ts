import { allowedMoves } from './allowed';
import { vietnamDateOf } from './dates';
import { relationsOf } from './relations';
import type { AllowedMove, WorkflowActor, WorkflowTask } from './types';

export type MoveAdvisor = (task: WorkflowTask, now?: string) => AllowedMove[];

/**
 * `allowedMoves` for the many tasks one actor sees at once (a board). The machines answer from
 * the task's type, state, machine version and context, the actor's relations to it and the date
 * (guards read the Vietnam date of `now`, never the time), so tasks that agree on those get one
 * answer, asked once: a board's first cards mostly share a handful of such looks, and the first
 * questions to a cold machine cost about a millisecond each.
 */
export function moveAdvisor(actor: WorkflowActor): MoveAdvisor {
  const answers = new Map<string, AllowedMove[]>();
  return (task, now = new Date().toISOString()) => {
    const look = JSON.stringify([
      task.type,
      task.state,
      task.machineVersion,
      task.context,
      task.wardId === actor.wardId ? relationsOf(task, actor) : null,
      vietnamDateOf(now) ?? now,
    ]);
    let moves = answers.get(look);
    if (!moves) {
      moves = allowedMoves(task, actor, now);
      answers.set(look, moves);
    }
    return moves;
  };
}
