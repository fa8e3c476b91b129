import type { BoardColumn, TaskType } from '@dondoc/domain';
import { initialTransition } from 'xstate';
import { columnOf } from './columns';
import { MACHINE_VERSIONS, MACHINES } from './registry';
import { stateOf } from './snapshots';
import type { WorkflowContext, WorkflowSeed } from './types';

/** The state of a new task; the seed carries what the plan or the scheduler knows (targets, periods…). */
export function initialWorkflow(
  type: TaskType,
  seed: WorkflowSeed = {},
): { state: string; context: WorkflowContext; machineVersion: number; column: BoardColumn } {
  const [snapshot] = initialTransition(MACHINES[type], seed);
  const state = stateOf(snapshot);
  return {
    state,
    context: snapshot.context as WorkflowContext,
    machineVersion: MACHINE_VERSIONS[type],
    column: columnOf(type, state),
  };
}
