import { IsoDate, isoParts } from './iso-date';

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/** '2026-01-15' → '15/01/2026', as Vietnamese documents write dates. */
export function formatViDate(iso: IsoDate): string {
  const { year, month, day } = isoParts(iso);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** (2, 2026) → 'Quý II/2026'. */
export function formatQuarter(quarter: number, year: number): string {
  const roman = ROMAN_QUARTERS[quarter - 1];
  if (!Number.isInteger(quarter) || roman === undefined)
    throw new RangeError(`Quarter must be 1–4: ${quarter}`);
  return `Quý ${roman}/${year}`;
}
