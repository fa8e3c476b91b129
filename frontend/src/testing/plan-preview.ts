import { type CellGrid, inferTaskType, type ParsedTask, parsePlanGrid } from '@dondoc/plan-parser';
import { DEMO_WARDS } from '@dondoc/seed-data';
import type { PlanPreview, PreviewGrid, PreviewRow } from '../app/features/plan-import/plan-import.types';

/** A demo ward whose catalog a plan is read with. */
export type SeedWardCode = 'HD' | 'NC' | 'BHL';

/**
 * A preview as the server answers it, made by the same parser from a grid (the server adds only
 * the deadline reading, stubbed here as unread since the page only shows it).
 */
export function previewOfGrid(grid: CellGrid, ward: SeedWardCode = 'HD'): PlanPreview {
  const { plan, warnings } = parseForWard(grid, ward);
  const rows = plan.tasks.map(previewRowOf);
  return {
    header: {
      symbol: plan.symbol ?? '',
      title: plan.title ?? '',
      issuedOn: plan.issuedOn ?? null,
      year: 2026,
    },
    sections: plan.sections.map(({ key, title, parentKey }) =>
      parentKey ? { key, title, parentKey } : { key, title },
    ),
    rows,
    framework: plan.shape === 'framework',
    unresolvedNames: [],
    warnings,
    grid: { rows: grid.rows, textBefore: grid.textBefore ?? '' } as PreviewGrid,
    format: 'grid',
    sourceSha256: null,
    blockingCount: rows.filter((row) => row.blocking).length,
  };
}

/** The grid read with a demo ward's units and groups, in 2026. */
export function parseForWard(grid: CellGrid, code: SeedWardCode) {
  const ward = DEMO_WARDS.find((candidate) => candidate.code === code);
  return parsePlanGrid(grid, { units: ward?.units ?? [], groups: ward?.groups ?? [], year: 2026 });
}

/** Read with the catalog the parser's table variants are written for. */
export function parseHaiDuong(grid: CellGrid) {
  return parseForWard(grid, 'HD');
}

function previewRowOf(task: ParsedTask): PreviewRow {
  return {
    ref: task.ref,
    number: task.number,
    sectionKey: task.sectionKey,
    level: task.level,
    content: task.content,
    leadText: task.leadText,
    cooperatorText: task.cooperatorText,
    leadUnitCodes: task.leadUnitCodes,
    leadGroupNames: task.leadGroupNames,
    cooperatorUnitCodes: task.cooperatorUnitCodes,
    cooperatorGroupNames: task.cooperatorGroupNames,
    deliverable: task.deliverable,
    deadlineText: task.deadlineText,
    deadline: {
      kind: 'unparsed',
      dueDates: [],
      workingDueDates: [],
      confidence: 'unsure',
      statementKinds: [],
    },
    taskType: inferTaskType({
      content: task.content,
      deliverable: task.deliverable,
      deadlineKind: 'unparsed',
      level: task.level,
    }),
    budgetText: task.budgetText,
    noteText: task.noteText,
    extraCells: task.extraCells,
    problems: task.problems,
    blocking: task.problems.some(
      (problem) => problem.code === 'unresolved_unit' || problem.code === 'no_lead',
    ),
    sourceRow: task.sourceRow,
  };
}
