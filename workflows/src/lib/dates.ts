import type { ProgressPeriod } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Vietnam has one time zone and no daylight saving time. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The calendar date in Vietnam at the instant `now`: a decision taken at 06:00 in Hà Nội is
 * still "yesterday" in UTC, and deadlines are counted in local days. Null when `now` is unreadable.
 */
export function vietnamDateOf(now: string): string | null {
  const instant = Date.parse(now);
  if (Number.isNaN(instant)) return null;
  return new Date(instant + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

const MONTHS_PER_PERIOD: Record<ProgressPeriod, number> = { month: 1, quarter: 3, half_year: 6, year: 12 };
const ROMAN = ['I', 'II', 'III', 'IV'];

/** The first day of the reporting period that holds `date` (an ISO date). */
export function periodStartOf(date: string, period: ProgressPeriod): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const size = MONTHS_PER_PERIOD[period];
  const firstMonth = Math.floor((month - 1) / size) * size + 1;
  return `${year}-${String(firstMonth).padStart(2, '0')}-01`;
}

/** The period as the plans write it: "Tháng 01/2026", "Quý II/2026", "6 tháng đầu năm 2026", "Năm 2026". */
export function periodLabelOf(date: string, period: ProgressPeriod): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  switch (period) {
    case 'month':
      return `Tháng ${String(month).padStart(2, '0')}/${year}`;
    case 'quarter':
      return `Quý ${ROMAN[Math.floor((month - 1) / 3)]}/${year}`;
    case 'half_year':
      return `6 tháng ${month <= 6 ? 'đầu' : 'cuối'} năm ${year}`;
    case 'year':
      return `Năm ${year}`;
  }
}
