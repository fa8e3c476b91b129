export { deliverableKindOf } from './lib/deliverable-kind';
export type { CellGrid, GridCell, GridRow } from './lib/grid/cell-grid';
export { classifyHeaderCell, type ColumnKey } from './lib/grid/header-words';
export { inferTaskType, type DeadlineKind, type TaskTypeInput } from './lib/infer-task-type';
export { MAX_PLAN_TEXT_BYTES } from './lib/input-guard';
export { normalizePlanText } from './lib/normalize-text';
export { MAX_GRID_CELLS, parsePlanGrid } from './lib/parse-plan-grid';
export { MAX_WARNINGS, parsePlanText } from './lib/parse-plan-text';
export { readTarget, type TargetOperator, type TargetReading } from './lib/target-reading';
export { planTextToGrid, tsvTextToGrid } from './lib/text-to-grid';
export type {
  ExtraCell,
  GroupMembers,
  ParseOptions,
  ParseResult,
  ParseWarning,
  ParseWarningCode,
  ParsedPlan,
  ParsedSection,
  ParsedTask,
  PlanShape,
  RowProblem,
  RowProblemCode,
  TaskFlag,
  TaskLevel,
  UnitSuggestion,
} from './lib/types';
export {
  createUnitResolver,
  type CellResolution,
  type ResolvedGroup,
  type UnitResolver,
} from './lib/unit-resolver';
export { workflowSeedFor, type RowWorkflowSeed, type SeedInput } from './lib/workflow-seed';
// Fixtures other projects reuse: the document readers build these tables as .docx/.xlsx/PDF.
export { largePlanGrid } from './lib/testing/large-plan-grid';
export { TABLE_VARIANTS, type TableVariant, type TableVariantTask } from './lib/testing/table-variants';
