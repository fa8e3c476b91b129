/**
 * A holiday a future amendment may add (for example 24/11, Ngày Văn hóa Việt Nam), on a fixed
 * solar date and counted from a given year; until a law says so, no rule set switches one on.
 */
export interface OptionalHoliday {
  month: number;
  day: number;
  name: string;
  fromYear: number;
}

/** What a provisional year is computed from, besides the law's holidays; plain JSON. */
export interface NationalHolidayRules {
  optionalHolidays: OptionalHoliday[];
}

/** The law as it stands (Bộ luật Lao động 2019, Điều 112): no optional holiday switched on. */
export const NATIONAL_RULES: NationalHolidayRules = { optionalHolidays: [] };
