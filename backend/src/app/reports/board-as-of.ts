import {
  type AttentionItemDto,
  type CardDto,
  TIMELINESS,
  type TimelinessCounts,
  type UnitDto,
  type UnitTimelinessDto,
} from '@dondoc/contracts';
import type { TaskStanding } from '@dondoc/reports';

/** The row of tasks without one primary lead then, as the live leadership board names it. */
export const NO_LEAD_ROW: UnitDto = { id: 'none', code: '—', name: 'Chưa có đơn vị chủ trì duy nhất' };

/**
 * A card as it stood at the instant: today's wording (ref, content, units' codes) with the state,
 * column, type, lead, deadline in force and timeliness of the fold. What only holds now (the context
 * a move is decided on, a return reason, opinions, a fan-out's progress) is left out: the board is
 * read-only then.
 */
export function cardAsOf(
  card: CardDto,
  standing: TaskStanding,
  unitCodes: ReadonlyMap<string, string>,
): CardDto {
  return {
    id: card.id,
    planId: card.planId,
    ref: card.ref,
    title: card.title,
    type: standing.type,
    state: standing.state,
    column: standing.column,
    badge: card.type === standing.type ? card.badge : null,
    context: {},
    machineVersion: card.machineVersion,
    version: card.version,
    sectionKey: standing.sectionKey,
    leadUnitId: standing.leadUnitId,
    leadUnitCode: standing.leadUnitId === null ? null : (unitCodes.get(standing.leadUnitId) ?? null),
    cooperatorUnitIds: card.cooperatorUnitIds,
    cooperatorUnitCodes: card.cooperatorUnitCodes,
    deadlineText: card.deadlineText,
    due: standing.due,
    // A cancelled task is not due at all, as the live card says.
    timeliness: standing.timeliness ?? 'not_due',
    needsPrimaryLead: standing.leadUnitId === null && card.needsPrimaryLead,
    childCount: 0,
    childApprovedCount: 0,
    lastEventId: null,
  };
}

const emptyCounts = (): TimelinessCounts =>
  Object.fromEntries(TIMELINESS.map((key) => [key, 0])) as TimelinessCounts;

/**
 * The leadership table at the instant: per lead unit, the counted tasks by timeliness (cancelled
 * work left out, as on the live board). Every unit gets a row in the order given; tasks without a
 * lead the ward knows gather in a last row, present only when it holds any.
 */
export function timelinessByUnit(
  standings: readonly TaskStanding[],
  units: readonly UnitDto[],
): { totals: TimelinessCounts; units: UnitTimelinessDto[] } {
  const countsOf = new Map(units.map((unit) => [unit.id, emptyCounts()]));
  const noLead = emptyCounts();
  const totals = emptyCounts();
  let noLeadTasks = 0;
  for (const standing of standings) {
    if (standing.timeliness === null) continue;
    const counts = (standing.leadUnitId !== null && countsOf.get(standing.leadUnitId)) || null;
    if (counts) counts[standing.timeliness]++;
    else {
      noLead[standing.timeliness]++;
      noLeadTasks++;
    }
    totals[standing.timeliness]++;
  }
  const rows = units.map((unit) => ({ unit, counts: countsOf.get(unit.id) ?? emptyCounts() }));
  if (noLeadTasks > 0) rows.push({ unit: NO_LEAD_ROW, counts: noLead });
  return { totals, units: rows };
}

/** The overdue tasks at the instant, longest overdue first (ties in the order given). */
export function overdueAt(standings: readonly TaskStanding[], max: number): TaskStanding[] {
  return standings
    .filter((standing) => standing.timeliness === 'overdue' && standing.due !== null)
    .map((standing, index) => ({ standing, index }))
    .sort(
      (a, b) =>
        (a.standing.effectiveDue ?? '').localeCompare(b.standing.effectiveDue ?? '') || a.index - b.index,
    )
    .slice(0, max)
    .map(({ standing }) => standing);
}

/** An overdue task as the attention list shows it. */
export function attentionItem(
  standing: TaskStanding,
  task: { ref: string; content: string },
  unitCodes: ReadonlyMap<string, string>,
): AttentionItemDto {
  return {
    taskId: standing.taskId,
    planId: standing.planId,
    ref: task.ref,
    title: task.content,
    leadUnitCode: standing.leadUnitId === null ? null : (unitCodes.get(standing.leadUnitId) ?? null),
    due: standing.due ?? '',
    timeliness: 'overdue',
  };
}
