import type { ProgressPeriod } from './types';

// One rule for dates across the product: workflows read them the way the deadline engine does.
export { isIsoDate, vietnamDateOf } from '@dondoc/deadlines';

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
