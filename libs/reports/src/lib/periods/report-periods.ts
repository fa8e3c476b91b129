import {
  assertIsoDate,
  formatQuarter,
  type IsoDate,
  isoParts,
  lastDayOfMonth,
  toIsoDate,
} from '@dondoc/deadlines';

import type { PeriodBasis, PeriodKind, ReportPeriod } from '@dondoc/contracts';

// Declared with the API's contracts, which send a period as it is.
export type { PeriodBasis, PeriodKind, ReportPeriod };

export const PERIOD_KINDS: readonly PeriodKind[] = ['monthly', 'quarterly', 'half_yearly', 'yearly'];

const MONTHS_OF: Record<PeriodKind, number> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };
const KEY_LETTER: Record<PeriodKind, string> = {
  monthly: 'M',
  quarterly: 'Q',
  half_yearly: 'H',
  yearly: 'Y',
};
const VIETNAM_OFFSET_HOURS = 7;
/** Điều 12 closes every window on the 14th and opens the next on the 15th. */
const ND09_LAST_DAY = 14;

/** The UTC instant of a Vietnam wall-clock time on a date. */
export function vietnamInstant(date: IsoDate, hours: number, minutes = 0, seconds = 0, ms = 0): string {
  const { year, month, day } = isoParts(date);
  return new Date(
    Date.UTC(year, month - 1, day, hours - VIETNAM_OFFSET_HOURS, minutes, seconds, ms),
  ).toISOString();
}

/** The instant a Vietnam calendar day ends: 23:59:59.999 (UTC+7). */
export function endOfVietnamDay(date: IsoDate): string {
  return vietnamInstant(date, 23, 59, 59, 999);
}

function labelOf(kind: PeriodKind, year: number, index: number): string {
  switch (kind) {
    case 'monthly':
      return `Tháng ${String(index).padStart(2, '0')}/${year}`;
    case 'quarterly':
      return formatQuarter(index, year);
    case 'half_yearly':
      return `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`;
    case 'yearly':
      return `Năm ${year}`;
  }
}

function keyOf(kind: PeriodKind, year: number, index: number): string {
  if (kind === 'yearly') return `${year}-Y`;
  const number = kind === 'monthly' ? String(index).padStart(2, '0') : String(index);
  return `${year}-${KEY_LETTER[kind]}${number}`;
}

/**
 * The period of a year by its position. Its calendar months are firstMonth…lastMonth; under
 * Điều 12 it runs from the 15th of the month before firstMonth to the 14th of lastMonth (so the
 * first period of a year starts on 15/12 of the year before). The second half (15/6–14/12) is
 * not named by Điều 12, which stops at the six-month report; it is the window the rule implies.
 */
export function periodAt(year: number, kind: PeriodKind, index: number, basis: PeriodBasis): ReportPeriod {
  const size = MONTHS_OF[kind];
  if (!Number.isInteger(year) || year < 2 || year > 9998) throw new RangeError(`Year out of range: ${year}`);
  if (!Number.isInteger(index) || index < 1 || index > 12 / size)
    throw new RangeError(`No ${kind} period number ${index}`);
  const lastMonth = index * size;
  const firstMonth = lastMonth - size + 1;
  const start =
    basis === 'calendar'
      ? toIsoDate(year, firstMonth, 1)
      : firstMonth === 1
        ? toIsoDate(year - 1, 12, ND09_LAST_DAY + 1)
        : toIsoDate(year, firstMonth - 1, ND09_LAST_DAY + 1);
  const end =
    basis === 'calendar' ? lastDayOfMonth(year, lastMonth) : toIsoDate(year, lastMonth, ND09_LAST_DAY);
  return {
    key: keyOf(kind, year, index),
    label: labelOf(kind, year, index),
    kind,
    basis,
    year,
    index,
    start,
    end,
    startsAt: vietnamInstant(start, 0),
    cutOff: endOfVietnamDay(end),
  };
}

/** Every period of the kind whose report is for `year`, in order. */
export function reportPeriods(year: number, kind: PeriodKind, basis: PeriodBasis): ReportPeriod[] {
  return Array.from({ length: 12 / MONTHS_OF[kind] }, (_, i) => periodAt(year, kind, i + 1, basis));
}

/** The period of the kind that holds a Vietnam calendar date (from the 15th of December on, nd09 counts the next year). */
export function periodOf(date: IsoDate, kind: PeriodKind, basis: PeriodBasis): ReportPeriod {
  assertIsoDate(date, 'date');
  let { year, month } = isoParts(date);
  const { day } = isoParts(date);
  if (basis === 'nd09' && day > ND09_LAST_DAY) {
    if (month === 12) [year, month] = [year + 1, 1];
    else month += 1;
  }
  return periodAt(year, kind, Math.ceil(month / MONTHS_OF[kind]), basis);
}

const KEY_PATTERN = /^(\d{4})-(?:M(\d{2})|Q([1-4])|H([12])|(Y))$/;

/** The period a key names ('2026-Q1'…), or null when the key is not one. */
export function periodByKey(key: string, basis: PeriodBasis): ReportPeriod | null {
  const match = KEY_PATTERN.exec(key);
  if (match === null) return null;
  const year = Number(match[1]);
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? periodAt(year, 'monthly', month, basis) : null;
  }
  if (match[3] !== undefined) return periodAt(year, 'quarterly', Number(match[3]), basis);
  if (match[4] !== undefined) return periodAt(year, 'half_yearly', Number(match[4]), basis);
  return periodAt(year, 'yearly', 1, basis);
}
