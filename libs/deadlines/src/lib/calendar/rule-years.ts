import { FIXED_SOLAR_HOLIDAYS } from '../calendar-data';
import { toIsoDate } from '../iso-date';
import { WorkingCalendarYear } from '../working-calendar.types';
import { NationalHolidayRules } from './national-rules';
import { hasProvisionalYear, provisionalYear } from './provisional-year';
import { toWorkingCalendarYear } from './working-calendar-of';

/**
 * Computing a year means two lunar conversions, and every working-day question in a year without
 * stored data asks for it, so each rule set keeps the years it has computed. Keyed by the rules
 * object: rules are values, never mutated once a calendar holds them.
 */
const computedYears = new WeakMap<NationalHolidayRules, Map<number, WorkingCalendarYear>>();

function fixedSolarHolidaysOnly(year: number): WorkingCalendarYear {
  return {
    holidays: FIXED_SOLAR_HOLIDAYS.map((monthDay) =>
      toIsoDate(year, Number(monthDay.slice(0, 2)), Number(monthDay.slice(3))),
    ),
    makeUpWorkingDays: [],
    status: 'provisional',
  };
}

/**
 * The lookup form of the provisional year computed from the rules; for a year outside the range
 * the lunar rules cover (a typo such as 2206), the weekends and fixed solar holidays only.
 */
export function ruleYear(year: number, rules: NationalHolidayRules): WorkingCalendarYear {
  let years = computedYears.get(rules);
  if (!years) {
    years = new Map();
    computedYears.set(rules, years);
  }
  let computed = years.get(year);
  if (!computed) {
    computed = hasProvisionalYear(year)
      ? toWorkingCalendarYear(provisionalYear(year, rules))
      : fixedSolarHolidaysOnly(year);
    years.set(year, computed);
  }
  return computed;
}
