import { isIsoDate, timeliness, type IsoDate, type WorkingCalendar } from '@dondoc/deadlines';
import type { PartState, RoundContext } from '@dondoc/workflows';

/** A reminder of a part not handed in: the send-by day is near, or it has passed. */
export type PartReminderKind = 'due_soon' | 'overdue';

export interface PartReminder {
  unitId: string;
  kind: PartReminderKind;
}

/** Parts still in the unit's hands: asked, in draft, or returned to it. */
const NOT_HANDED_IN: readonly PartState[] = ['asked', 'draft', 'returned'];

/**
 * The reminders a collecting round's parts call for today, counted on the ward's working calendar
 * by the deadline engine as a task's due date is: due soon within `dueSoonWorkingDays` working days
 * of the send-by day, overdue once its effective day (moved off weekends and holidays) has passed.
 */
export function partReminders(
  round: { sendBy: string; context: Pick<RoundContext, 'unitIds' | 'parts'> },
  today: IsoDate,
  rules: { calendar: WorkingCalendar; dueSoonWorkingDays: number },
): PartReminder[] {
  if (!isIsoDate(round.sendBy)) return [];
  const standing = timeliness({
    due: round.sendBy,
    doneAt: null,
    today,
    calendar: rules.calendar,
    dueSoonWorkingDays: rules.dueSoonWorkingDays,
  });
  if (standing !== 'due_soon' && standing !== 'overdue') return [];
  return round.context.unitIds
    .filter((unitId) => NOT_HANDED_IN.includes(round.context.parts[unitId].state))
    .map((unitId) => ({ unitId, kind: standing }));
}
