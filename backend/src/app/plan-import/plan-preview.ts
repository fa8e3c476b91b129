import { dueDates, effectiveDue, readDeadlineCell, type WorkingCalendar } from '@dondoc/deadlines';
import { inferTaskType, type ParsedTask, type ParseResult } from '@dondoc/plan-parser';
import {
  BLOCKING_PROBLEMS,
  type DeadlineReadingDto,
  type PlanPreviewDto,
  type PreviewGrid,
  type PreviewRow,
  type UnresolvedName,
} from './dto/plan-preview.dto';

export interface PreviewSource {
  grid: PreviewGrid;
  format: PlanPreviewDto['format'];
  sourceSha256: string | null;
  /** The year a deadline without one belongs to, when the plan does not say its own. */
  year: number;
  /** How the import will read the deadlines: "Trước ngày D" and the ward's working days. */
  rules: DeadlineRules;
}

/** What a deadline cell is read by besides its text, as the plan it goes into will read it. */
export interface DeadlineRules {
  /** "Trước ngày D": due on D (true) or on D−1 (false). */
  beforeDateInclusive: boolean;
  /** The ward's own working calendar (its confirmed years, make-up days), as the boards count by. */
  calendar: WorkingCalendar;
}

/** The parser's reading of a grid, as the preview shows it: every row with its doubts. */
export function buildPreview(result: ParseResult, source: PreviewSource): PlanPreviewDto {
  const { plan, warnings } = result;
  const year = plan.year ?? source.year;
  const rows = plan.tasks.map((task) => previewRow(task, year, source.rules));
  return {
    header: {
      symbol: plan.symbol ?? '',
      title: plan.title ?? '',
      issuedOn: plan.issuedOn ?? null,
      year,
    },
    sections: plan.sections.map(({ key, title, parentKey }) => ({ key, title, parentKey })),
    rows,
    framework: plan.shape === 'framework',
    unresolvedNames: unresolvedNames(plan.tasks),
    warnings,
    grid: source.grid,
    format: source.format,
    sourceSha256: source.sourceSha256,
    blockingCount: rows.reduce(
      (count, row) => count + row.problems.filter((problem) => BLOCKING_PROBLEMS.has(problem.code)).length,
      0,
    ),
  };
}

function previewRow(task: ParsedTask, year: number, rules: DeadlineRules): PreviewRow {
  const deadline = readDeadline(task.deadlineText, year, rules);
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
    deadline,
    taskType: inferTaskType({
      content: task.content,
      deliverable: task.deliverable,
      deadlineKind: deadline.kind as Parameters<typeof inferTaskType>[0]['deadlineKind'],
      level: task.level,
    }),
    budgetText: task.budgetText,
    noteText: task.noteText,
    extraCells: task.extraCells,
    problems: task.problems,
    blocking: task.problems.some((problem) => BLOCKING_PROBLEMS.has(problem.code)),
    sourceRow: task.sourceRow,
  };
}

/**
 * The same reading and window the import uses for a task's first due date (the plan's year, its
 * "Trước ngày D"), so preview and plan agree; and each date as the ward's boards and reminders
 * count it, moved off the ward's own days off.
 */
export function readDeadline(text: string, year: number, rules: DeadlineRules): DeadlineReadingDto {
  const reading = readDeadlineCell(text, { year, beforeDateInclusive: rules.beforeDateInclusive });
  const nominal = dueDates(reading.deadline, { from: `${year - 1}-01-01`, to: `${year + 10}-12-31` }).slice(
    0,
    12,
  );
  return {
    kind: reading.deadline.kind,
    dueDates: nominal,
    workingDueDates: nominal.map((due) => effectiveDue(due, rules.calendar)),
    confidence: reading.confidence,
    statementKinds: reading.statements.map((statement) => statement.kind),
  };
}

/** Each unresolved name once, with the rows that write it and the catalog's closest names. */
function unresolvedNames(tasks: readonly ParsedTask[]): UnresolvedName[] {
  const byName = new Map<string, UnresolvedName>();
  for (const task of tasks) {
    for (const problem of task.problems) {
      if (problem.code !== 'unresolved_unit' || !problem.subject) continue;
      const entry = byName.get(problem.subject) ?? {
        name: problem.subject,
        refs: [],
        suggestions: problem.suggestions ?? [],
      };
      if (!entry.refs.includes(task.ref)) entry.refs.push(task.ref);
      byName.set(problem.subject, entry);
    }
  }
  return [...byName.values()];
}
