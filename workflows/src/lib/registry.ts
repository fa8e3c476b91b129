import { TASK_TYPES, type TaskType } from '@dondoc/domain';
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { documentMachine } from '../document/document.machine';
import { legalDocumentMachine } from '../legal_document/legal_document.machine';
import { ongoingMachine } from '../ongoing/ongoing.machine';
import { periodicReportMachine } from '../periodic_report/periodic_report.machine';
import { targetMachine } from '../target/target.machine';
import { triggeredMachine } from '../triggered/triggered.machine';

export const MACHINES: Record<TaskType, AnyStateMachine> = {
  document: documentMachine,
  legal_document: legalDocumentMachine,
  periodic_report: periodicReportMachine,
  target: targetMachine,
  ongoing: ongoingMachine,
  triggered: triggeredMachine,
};

/**
 * Bump a type's version whenever a change to its machine would make a persisted state or
 * context mean something else, and add the migration from the previous version in versions.ts.
 */
export const MACHINE_VERSIONS: Record<TaskType, number> = {
  document: 1,
  legal_document: 1,
  periodic_report: 1,
  target: 1,
  ongoing: 1,
  triggered: 1,
};

function leafPaths(node: AnyStateNode, prefix: string[]): string[] {
  const children = Object.values(node.states) as AnyStateNode[];
  if (children.length === 0) return [prefix.join('.')];
  return children.flatMap((child) => leafPaths(child, [...prefix, child.key]));
}

/** Every state a task of the type can persist, dotted for nested states, in document order. */
export const STATES_OF = Object.fromEntries(
  TASK_TYPES.map((type) => [type, leafPaths(MACHINES[type].root, [])]),
) as unknown as Record<TaskType, readonly string[]>;
