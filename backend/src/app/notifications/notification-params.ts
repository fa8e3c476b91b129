import type { NotificationKind, NotificationParams } from '@dondoc/contracts';
import { formatViDate, isIsoDate } from '@dondoc/deadlines';
import type { WorkflowContext } from '@dondoc/workflows';

/** A notification names its task in a line: longer contents are cut at a word. */
export const MAX_TASK_TEXT = 140;
export const MAX_REASON_TEXT = 200;

export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function displayDate(value: unknown): string | undefined {
  return typeof value === 'string' && isIsoDate(value) ? formatViDate(value) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? shorten(value, MAX_REASON_TEXT) : undefined;
}

export interface TaskFacts {
  ref: string;
  content: string;
  due: string | null;
  context: Pick<WorkflowContext, 'dueOverride'>;
}

export interface EventFactsForText {
  actorName: string;
  comment: string | null;
  payload: Record<string, unknown> | null;
}

/** Keeps only the params that have a value, so the stored JSON says nothing it does not know. */
function defined(params: NotificationParams): NotificationParams {
  return Object.fromEntries(
    Object.entries(params).filter(([, value]) => value !== undefined),
  ) as unknown as NotificationParams;
}

/** The params of a notification about an event; `task` is the row after the event. */
export function paramsOfEvent(
  kind: NotificationKind,
  event: EventFactsForText,
  task: TaskFacts,
): NotificationParams {
  const payload = event.payload ?? {};
  const due =
    kind === 'extension_requested'
      ? displayDate(payload['newDue'])
      : displayDate(task.context.dueOverride ?? task.due);
  return defined({
    ref: task.ref,
    task: shorten(task.content, MAX_TASK_TEXT),
    actor: event.actorName,
    due,
    reason: text(payload['reason']) ?? text(event.comment),
  });
}

/** The params of a reminder or an escalation raised by the scheduler. */
export function paramsOfAlert(
  alert: { due: string; lateWorkingDays: number },
  task: Pick<TaskFacts, 'ref' | 'content'>,
  leadUnitCode: string | null,
): NotificationParams {
  return defined({
    ref: task.ref,
    task: shorten(task.content, MAX_TASK_TEXT),
    due: displayDate(alert.due),
    lateDays: String(alert.lateWorkingDays),
    unit: leadUnitCode ?? undefined,
  });
}
