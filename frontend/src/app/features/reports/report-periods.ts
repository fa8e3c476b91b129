import type { PeriodBasis } from '@dondoc/contracts';
import type { Language } from '../../core/i18n/languages';

/** The reports a ward sends up: quarterly, six-monthly and yearly (Nghị định 09/2019/NĐ-CP, Điều 12). */
export type PeriodKind = 'quarterly' | 'half_yearly' | 'yearly';

export const PERIOD_KINDS: readonly PeriodKind[] = ['quarterly', 'half_yearly', 'yearly'];

export interface PeriodChoice {
  /** The server's key: '2026-Q1', '2026-H2', '2026-Y'. */
  key: string;
  label: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'];
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
/** Điều 12 closes every window on the 14th: from the 15th on, a day counts toward the next month. */
const ND09_LAST_DAY = 14;

function labelOf(kind: PeriodKind, year: number, index: number, language: Language): string {
  if (language === 'en') {
    if (kind === 'quarterly') return `Q${index} ${year}`;
    if (kind === 'half_yearly') return `${index === 1 ? 'First' : 'Second'} half of ${year}`;
    return `Year ${year}`;
  }
  if (kind === 'quarterly') return `Quý ${ROMAN[index - 1]}/${year}`;
  if (kind === 'half_yearly') return `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`;
  return `Năm ${year}`;
}

function keyOf(kind: PeriodKind, year: number, index: number): string {
  if (kind === 'quarterly') return `${year}-Q${index}`;
  if (kind === 'half_yearly') return `${year}-H${index}`;
  return `${year}-Y`;
}

const COUNT: Record<PeriodKind, number> = { quarterly: 4, half_yearly: 2, yearly: 1 };
const MONTHS: Record<PeriodKind, number> = { quarterly: 3, half_yearly: 6, yearly: 12 };

/** Every period of a kind in a year, in order; the server computes their windows and cut-offs. */
export function periodChoices(kind: PeriodKind, year: number, language: Language): PeriodChoice[] {
  return Array.from({ length: COUNT[kind] }, (_, i) => ({
    key: keyOf(kind, year, i + 1),
    label: labelOf(kind, year, i + 1, language),
  }));
}

/** Today's date in Vietnam (YYYY-MM-DD), whatever the browser's time zone. */
export function vietnamToday(now: number = Date.now()): string {
  return new Date(now + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The period of a kind that holds a Vietnam date: under Điều 12, from the 15th a day counts toward the next month. */
export function periodKeyOf(date: string, kind: PeriodKind, basis: PeriodBasis): string {
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (basis === 'nd09' && day > ND09_LAST_DAY) {
    if (month === 12) [year, month] = [year + 1, 1];
    else month += 1;
  }
  return keyOf(kind, year, Math.ceil(month / MONTHS[kind]));
}

/** The kind and year a period key names, or null for a key this page does not offer (a month). */
export function readPeriodKey(key: string): { kind: PeriodKind; year: number } | null {
  const match = /^(\d{4})-(Q[1-4]|H[12]|Y)$/.exec(key);
  if (!match) return null;
  const kind: PeriodKind =
    match[2] === 'Y' ? 'yearly' : match[2].startsWith('Q') ? 'quarterly' : 'half_yearly';
  return { kind, year: Number(match[1]) };
}
