import type { TaskType } from '@dondoc/domain';
import { readTarget, type TargetOperator } from './target-reading';

/** What a task's workflow starts from, read from its row (field names match @dondoc/workflows' seed). */
export interface RowWorkflowSeed {
  targetOperator?: TargetOperator;
  targetValue?: number;
  spanEnd?: string;
}

export interface SeedInput {
  type: TaskType;
  content: string;
  deliverable: string;
  /** For ongoing work: the last day the deadline text names, if it names one. */
  ongoingUntil?: string | null;
  planYear: number;
}

/** A target's threshold from its wording; ongoing work runs to the end of its span or of the plan's year. */
export function workflowSeedFor(input: SeedInput): RowWorkflowSeed {
  if (input.type === 'target') {
    const target = readTarget(input.content) ?? readTarget(input.deliverable);
    return target ? { targetOperator: target.operator, targetValue: target.value } : {};
  }
  if (input.type === 'ongoing') return { spanEnd: input.ongoingUntil ?? `${input.planYear}-12-31` };
  return {};
}
