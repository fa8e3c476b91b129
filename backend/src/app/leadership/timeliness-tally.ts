import {
  CARD_TIMELINESS,
  type TimelinessCounts,
  type UnitDto,
  type UnitTimelinessDto,
} from '@dondoc/contracts';
import { vietnamDateOf } from '@dondoc/deadlines';
import type { TimelinessSettings } from '../task-model/card-timeliness';
import { rowTimeliness, type TimelinessRow } from './row-timeliness';

/**
 * How many counted tasks share one lead unit, column, due date in force and, for approved tasks,
 * hand-in instant (to the hour is enough: only its day in Vietnam matters).
 */
export interface TimelinessGroupRow extends TimelinessRow {
  leadUnitId: string | null;
  count: number;
}

/**
 * The row for tasks without one primary lead yet (several leads written, none chosen): leadership
 * must see them, and they belong to no unit. Listed last, and only when it holds tasks.
 */
export const NO_LEAD_UNIT: UnitDto = { id: 'none', code: '—', name: 'Chưa có đơn vị chủ trì duy nhất' };

export function emptyCounts(): TimelinessCounts {
  return Object.fromEntries(CARD_TIMELINESS.map((key) => [key, 0])) as TimelinessCounts;
}

export interface TimelinessTally {
  totals: TimelinessCounts;
  units: UnitTimelinessDto[];
}

/**
 * Counts per unit × timeliness from grouped rows. Every unit of the ward gets a row (zeros
 * included) in the order given; a lead the ward does not know counts as no lead.
 */
export function tallyTimeliness(
  rows: readonly TimelinessGroupRow[],
  units: readonly UnitDto[],
  settings: TimelinessSettings,
): TimelinessTally {
  const countsOf = new Map(units.map((unit) => [unit.id, emptyCounts()]));
  const noLead = emptyCounts();
  const totals = emptyCounts();
  let noLeadTasks = 0;
  const memo = new Map<string, ReturnType<typeof rowTimeliness>>();
  // An approved task is judged by the Vietnam day it was handed in: rows handed in at different
  // hours of one day share one answer.
  const handInDays = new Map<string, string>();
  const handInDay = (submittedAt: string | null) => {
    if (submittedAt === null) return null;
    let day = handInDays.get(submittedAt);
    if (day === undefined) handInDays.set(submittedAt, (day = vietnamDateOf(submittedAt) ?? submittedAt));
    return day;
  };
  for (const row of rows) {
    const key = `${row.column}|${row.due}|${row.column === 'approved' ? handInDay(row.submittedAt) : ''}`;
    let timeliness = memo.get(key);
    if (timeliness === undefined) memo.set(key, (timeliness = rowTimeliness(row, settings)));
    const counts = (row.leadUnitId !== null && countsOf.get(row.leadUnitId)) || null;
    if (counts) counts[timeliness] += row.count;
    else {
      noLead[timeliness] += row.count;
      noLeadTasks += row.count;
    }
    totals[timeliness] += row.count;
  }
  const unitRows = units.map((unit) => ({ unit, counts: countsOf.get(unit.id) ?? emptyCounts() }));
  if (noLeadTasks > 0) unitRows.push({ unit: NO_LEAD_UNIT, counts: noLead });
  return { totals, units: unitRows };
}
