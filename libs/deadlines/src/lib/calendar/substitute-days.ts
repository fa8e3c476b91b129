import { formatViDate } from '../format';
import { addDays, IsoDate, isoParts, isWeekend } from '../iso-date';
import { DayOff } from './calendar-year.types';
import { weekdayNameVi } from './vietnamese-weekday';

function substituteName(holiday: DayOff): string {
  return `Nghỉ bù: ${holiday.name} trùng ${weekdayNameVi(holiday.date)} ${formatViDate(holiday.date)}`;
}

/**
 * Adds a substitute day off (nghỉ bù) for every holiday that falls on a weekend: "nếu ngày nghỉ lễ,
 * tết trùng vào ngày nghỉ hằng tuần thì người lao động được nghỉ bù vào ngày làm việc kế tiếp"
 * (Bộ luật Lao động 2019, Điều 111 khoản 3). Holidays are taken in date order and each gets the
 * first weekday after it that is not already off, so 30/4 on a Saturday and 1/5 on a Sunday give
 * Monday and Tuesday. A substitute that would fall in the next year (only a holiday on the last
 * weekend of December could need one, and the law has none) is left to that year's admin.
 */
export function withSubstituteDays(daysOff: readonly DayOff[]): DayOff[] {
  const off = new Set<IsoDate>(daysOff.map((day) => day.date));
  const substitutes: DayOff[] = [];
  const sorted = [...daysOff].sort((a, b) => a.date.localeCompare(b.date));
  for (const holiday of sorted) {
    if (!isWeekend(holiday.date) || holiday.kind === 'substitute' || holiday.kind === 'bridge') continue;
    let candidate = addDays(holiday.date, 1);
    while (isWeekend(candidate) || off.has(candidate)) candidate = addDays(candidate, 1);
    if (isoParts(candidate).year !== isoParts(holiday.date).year) continue;
    off.add(candidate);
    substitutes.push({ date: candidate, name: substituteName(holiday), kind: 'substitute' });
  }
  return [...sorted, ...substitutes].sort((a, b) => a.date.localeCompare(b.date));
}
