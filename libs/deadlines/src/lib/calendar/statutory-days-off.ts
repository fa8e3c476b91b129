import { addDays, dayOfWeek, isValidDay, toIsoDate } from '../iso-date';
import { DayOff } from './calendar-year.types';
import { hungKingsDay, lunarNewYear } from './lunar-dates';
import { NationalHolidayRules } from './national-rules';

const TET_DAY_NAMES = [
  'Tết Nguyên đán (ngày cuối năm Âm lịch)',
  'Tết Nguyên đán (mùng 1)',
  'Tết Nguyên đán (mùng 2)',
  'Tết Nguyên đán (mùng 3)',
  'Tết Nguyên đán (mùng 4)',
];

/**
 * Điều 112 gives five days of Tết and lets the Government choose them. The usual choice is the
 * last day of the old lunar year plus mùng 1–4 (2022, 2026), and that is what a provisional year
 * takes: it follows the calendar alone, where the Government sometimes slides the block a day
 * earlier to keep it on weekdays (2024: 29 Tết to mùng 5). Days of the block that fall on a
 * weekend get substitute days after it, which keeps the five working days off that every
 * announcement gives; the admin replaces the provisional block with the announced one.
 */
function tetDays(year: number): DayOff[] {
  const lastDayOfLunarYear = addDays(lunarNewYear(year), -1);
  return TET_DAY_NAMES.map((name, index) => ({
    date: addDays(lastDayOfLunarYear, index),
    name,
    kind: 'tet' as const,
  }));
}

/**
 * Quốc khánh is 2/9 and "one adjacent day, before or after" (Điều 112 khoản 1 điểm đ), chosen
 * each year. The pick by weekday of 2/9 follows the announcements, which join the two days to a
 * weekend where they can: Sunday → 3/9; Monday → 3/9 (2024); Tuesday → 1/9 (2025);
 * Wednesday → 1/9 (2026); Thursday → 3/9 (2021); Friday → 1/9 (2022); Saturday → 1/9 (2023).
 */
const NATIONAL_DAY_ADJACENT_OFFSET_BY_WEEKDAY = [1, 1, -1, -1, 1, -1, -1];

function nationalDayDays(year: number): DayOff[] {
  const nationalDay = toIsoDate(year, 9, 2);
  const adjacent = addDays(nationalDay, NATIONAL_DAY_ADJACENT_OFFSET_BY_WEEKDAY[dayOfWeek(nationalDay)]);
  return [
    { date: nationalDay, name: 'Quốc khánh (2/9)', kind: 'holiday' },
    { date: adjacent, name: 'Quốc khánh (ngày liền kề)', kind: 'holiday' },
  ];
}

/**
 * The days off the law gives in a year, before substitute days: Tết Dương lịch 1/1, Tết Nguyên
 * đán, Giỗ Tổ Hùng Vương 10/3 âm lịch, 30/4, 1/5, Quốc khánh, and any optional holiday switched on
 * by the rules for that year. Sorted by date.
 */
export function statutoryDaysOff(year: number, rules: NationalHolidayRules): DayOff[] {
  const lawful: DayOff[] = [
    { date: toIsoDate(year, 1, 1), name: 'Tết Dương lịch (1/1)', kind: 'holiday' },
    ...tetDays(year),
    { date: hungKingsDay(year), name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'holiday' },
    { date: toIsoDate(year, 4, 30), name: 'Ngày Chiến thắng (30/4)', kind: 'holiday' },
    { date: toIsoDate(year, 5, 1), name: 'Ngày Quốc tế Lao động (1/5)', kind: 'holiday' },
    ...nationalDayDays(year),
  ];
  const taken = new Set(lawful.map((day) => day.date));
  const optional = rules.optionalHolidays
    .filter((holiday) => holiday.fromYear <= year && isValidDay(year, holiday.month, holiday.day))
    .map((holiday): DayOff => ({
      date: toIsoDate(year, holiday.month, holiday.day),
      name: holiday.name,
      kind: 'holiday',
    }))
    // An optional holiday on a day already off adds nothing (the law gives no extra day for it).
    .filter((holiday) => !taken.has(holiday.date));
  return [...lawful, ...optional].sort((a, b) => a.date.localeCompare(b.date));
}
