import { formatViDate, parseDeadline } from '@dondoc/deadlines';
import { initialWorkflow, type WorkflowSeed } from '@dondoc/workflows';
import type { TaskEntity } from '../task-model/entities/task.entity';
import type { ReportPeriod } from '../task-model/report-series/report-periods';

/** The width of task.ref. */
const REF_MAX_LENGTH = 32;

/** '24/Quý I-2026' (the label, '/' written '-'), or '24/2026-Q1' when the label would not fit. */
export function periodCardRef(seriesRef: string, period: ReportPeriod): string {
  const labelled = `${seriesRef}/${period.label.replaceAll('/', '-')}`;
  return labelled.length <= REF_MAX_LENGTH ? labelled : `${seriesRef}/${period.key}`;
}

/**
 * The card of one period: a child of its series with the series' plan, section, units and
 * wording, due on the period's due date, its workflow started from the period's seed.
 */
export function periodCardRow(series: TaskEntity, period: ReportPeriod, id: string, now: string): TaskEntity {
  const seed: WorkflowSeed = { periodLabel: period.label, periodDue: period.due };
  const workflow = initialWorkflow('periodic_report', seed);
  const deadlineText = `Chậm nhất ngày ${formatViDate(period.due)}`;
  return {
    id,
    wardId: series.wardId,
    planId: series.planId,
    parentId: series.id,
    sectionKey: series.sectionKey,
    ref: periodCardRef(series.ref, period),
    position: series.position,
    level: series.level,
    content: series.content,
    leadUnitId: series.leadUnitId,
    needsPrimaryLead: series.needsPrimaryLead,
    leadText: series.leadText,
    cooperatorText: series.cooperatorText,
    deliverable: series.deliverable,
    deliverableKind: series.deliverableKind,
    deadlineText,
    deadline: parseDeadline(deadlineText) as unknown as Record<string, unknown>,
    due: period.due,
    budgetText: '',
    type: 'periodic_report',
    state: workflow.state,
    column: workflow.column,
    context: workflow.context,
    workflowSeed: seed,
    submittedAt: null,
    machineVersion: workflow.machineVersion,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}
