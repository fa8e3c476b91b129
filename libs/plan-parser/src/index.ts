export { deliverableKindOf } from './lib/deliverable-kind';
export { inferTaskType, type DeadlineKind, type TaskTypeInput } from './lib/infer-task-type';
export { MAX_PLAN_TEXT_BYTES } from './lib/input-guard';
export { normalizePlanText } from './lib/normalize-text';
export { MAX_WARNINGS, parsePlanText } from './lib/parse-plan-text';
export { readTarget, type TargetOperator, type TargetReading } from './lib/target-reading';
export type {
  GroupMembers,
  ParseOptions,
  ParseResult,
  ParseWarning,
  ParseWarningCode,
  ParsedPlan,
  ParsedSection,
  ParsedTask,
  PlanShape,
  TaskFlag,
  TaskLevel,
} from './lib/types';
export {
  createUnitResolver,
  type CellResolution,
  type ResolvedGroup,
  type UnitResolver,
} from './lib/unit-resolver';
export { workflowSeedFor, type RowWorkflowSeed, type SeedInput } from './lib/workflow-seed';
