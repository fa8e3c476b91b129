import type { CardDto, CardTimeliness, TaskEventDto } from '@dondoc/contracts';
import { isProvisional } from '@dondoc/deadlines';
import { badgeOf, initialContext } from '@dondoc/workflows';
import { cardTimeliness, dueInForce, type TimelinessSettings } from './card-timeliness';
import type { TaskEventEntity } from './entities/task-event.entity';
import type { TaskUnitEntity } from './entities/task-unit.entity';
import type { TaskEntity } from './entities/task.entity';
import { opinionCount } from './opinion-view';

export interface ChildProgress {
  total: number;
  approved: number;
}

export const NO_CHILDREN: ChildProgress = { total: 0, approved: 0 };

/** The columns of a task row a card is drawn from (a board reads no more than these). */
export type CardRow = Pick<
  TaskEntity,
  | 'id'
  | 'planId'
  | 'wardId'
  | 'ref'
  | 'content'
  | 'type'
  | 'state'
  | 'column'
  | 'context'
  | 'machineVersion'
  | 'version'
  | 'sectionKey'
  | 'leadUnitId'
  | 'deadlineText'
  | 'due'
  | 'needsPrimaryLead'
  | 'submittedAt'
>;

/**
 * Timeliness answers per yardstick (one per read), keyed by what the answer depends on: a board of
 * 10,000 cards holds a few hundred distinct due dates, and walking the working-day calendar once
 * per card is most of a board read.
 */
const timelinessMemo = new WeakMap<TimelinessSettings, Map<string, CardTimeliness>>();

function memoizedTimeliness(task: CardRow, settings: TimelinessSettings): CardTimeliness {
  let memo = timelinessMemo.get(settings);
  if (!memo) timelinessMemo.set(settings, (memo = new Map()));
  const closed =
    task.column === 'approved' ? `a|${task.submittedAt}` : task.column === 'cancelled' ? 'c' : 'o';
  const key = `${closed}|${dueInForce(task)}`;
  let answer = memo.get(key);
  if (answer === undefined) memo.set(key, (answer = cardTimeliness(task, settings)));
  return answer;
}

/** What the board draws for one task; pure, so a board of thousands is one pass over rows. */
export function toCard(
  task: CardRow,
  links: readonly Pick<TaskUnitEntity, 'unitId' | 'role'>[],
  unitCodes: ReadonlyMap<string, string>,
  children: ChildProgress,
  lastEventId: number | null,
  settings: TimelinessSettings,
): CardDto {
  const cooperatorUnitIds = links.filter((link) => link.role === 'cooperator').map((link) => link.unitId);
  return {
    id: task.id,
    planId: task.planId,
    wardId: task.wardId,
    ref: task.ref,
    title: task.content,
    type: task.type,
    state: task.state,
    column: task.column,
    badge: badgeOf(task.type, task.state),
    context: compactContext(task.context),
    machineVersion: task.machineVersion,
    version: task.version,
    sectionKey: task.sectionKey,
    leadUnitId: task.leadUnitId,
    leadUnitCode: task.leadUnitId ? (unitCodes.get(task.leadUnitId) ?? null) : null,
    cooperatorUnitIds,
    cooperatorUnitCodes: cooperatorUnitIds.map((id) => unitCodes.get(id) ?? '?'),
    deadlineText: task.deadlineText,
    due: dueInForce(task),
    timeliness: memoizedTimeliness(task, settings),
    needsPrimaryLead: task.needsPrimaryLead,
    childCount: children.total,
    childApprovedCount: children.approved,
    lastEventId: lastEventId === null ? null : String(lastEventId),
    ...collaborationFacts(task),
    ...provisionalDue(task, settings),
  };
}

/** The "dự kiến" mark of a due date in a year the ward has not confirmed; none on closed work. */
function provisionalDue(task: CardRow, settings: TimelinessSettings): Pick<CardDto, 'dueProvisional'> {
  const due = dueInForce(task);
  if (due === null || task.column === 'approved' || task.column === 'cancelled') return {};
  return isProvisional(due, settings.calendar) ? { dueProvisional: true } : {};
}

/** The opinion count, the return reason while returned, and the plan's due when an extension replaced it. */
function collaborationFacts(task: CardRow): Pick<CardDto, 'opinions' | 'returnReason' | 'plannedDue'> {
  const facts: Pick<CardDto, 'opinions' | 'returnReason' | 'plannedDue'> = {};
  const opinions = opinionCount(task.context);
  if (opinions) facts.opinions = opinions;
  if (task.column === 'returned' && task.context.returnReason) facts.returnReason = task.context.returnReason;
  if (task.context.dueOverride && task.context.dueOverride !== task.due) facts.plannedDue = task.due;
  return facts;
}

/** What a fresh task's context holds: a card leaves out every field still equal to it. */
const DEFAULT_CONTEXT: Readonly<Record<string, unknown>> = { ...initialContext() };

const isDefault = (value: unknown, fallback: unknown): boolean =>
  value === fallback ||
  (value === undefined && fallback === null) ||
  (Array.isArray(value) && Array.isArray(fallback) && value.length === 0 && fallback.length === 0);

/**
 * The fields of a workflow context that differ from `initialContext()`: most of the 25 fields are
 * null or empty on most cards, and a board of 10,000 cards would otherwise carry them all.
 * `{ ...initialContext(), ...compact }` gives the whole context back.
 */
export function compactContext(context: object): Record<string, unknown> {
  const compact: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(context)) {
    if (!isDefault(value, DEFAULT_CONTEXT[key])) compact[key] = value;
  }
  return compact;
}

export function toEventDto(event: TaskEventEntity, unitCodes: ReadonlyMap<string, string>): TaskEventDto {
  return {
    id: String(event.id),
    taskId: event.taskId,
    planId: event.planId,
    event: event.event,
    fromState: event.fromState,
    toState: event.toState,
    version: event.version,
    comment: event.comment,
    payload: event.payload,
    actor: {
      id: event.actorId ?? '',
      name: event.actorName,
      unitCode: event.actorUnitId ? (unitCodes.get(event.actorUnitId) ?? null) : null,
      role: event.actorRole,
    },
    at: event.at,
  };
}

/** n/m approved per parent, from the rows of one plan. */
export function childProgressByParent(
  tasks: readonly Pick<TaskEntity, 'parentId' | 'column'>[],
): Map<string, ChildProgress> {
  const progress = new Map<string, ChildProgress>();
  for (const task of tasks) {
    if (!task.parentId) continue;
    const entry = progress.get(task.parentId) ?? { total: 0, approved: 0 };
    entry.total += 1;
    if (task.column === 'approved') entry.approved += 1;
    progress.set(task.parentId, entry);
  }
  return progress;
}
