import { isIsoDate } from '@dondoc/deadlines';
import { endOfVietnamDay, type PeriodBasis, periodByKey, type ReportPeriod } from '@dondoc/reports';
import { AppError } from '../common/app-error';

/** The instant a figure is asked at, and the report period it closes when one was named. */
export interface AsOf {
  instant: string;
  period: ReportPeriod | null;
}

/** What the figure routes accept: an instant or a Vietnam day (`at`), or a period (`period`, `basis`). */
export interface AsOfQuery {
  at?: string;
  period?: string;
  basis?: string;
}

export function readBasis(basis: string | undefined): PeriodBasis {
  if (basis === undefined || basis === '' || basis === 'nd09') return 'nd09';
  if (basis === 'calendar') return 'calendar';
  throw new AppError('VALIDATION_FAILED', 'Cách tính kỳ báo cáo phải là nd09 hoặc calendar');
}

export function periodOfKey(key: string, basis: string | undefined): ReportPeriod {
  const period = periodByKey(key, readBasis(basis));
  if (period === null) throw new AppError('VALIDATION_FAILED', `Kỳ báo cáo không hợp lệ: ${key}`);
  return period;
}

/**
 * A day means its end in Vietnam time ("tại ngày 31/03/2026" counts everything done that day);
 * a period means its cut-off; nothing means now.
 */
export function resolveAsOf(query: AsOfQuery, now: Date): AsOf {
  if (query.period) return { ...withCutOff(periodOfKey(query.period, query.basis)) };
  if (!query.at) return { instant: now.toISOString(), period: null };
  if (isIsoDate(query.at)) return { instant: endOfVietnamDay(query.at), period: null };
  const ms = Date.parse(query.at);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(query.at) || Number.isNaN(ms))
    throw new AppError('VALIDATION_FAILED', 'Thời điểm phải là ngày YYYY-MM-DD hoặc thời điểm ISO 8601');
  return { instant: new Date(ms).toISOString(), period: null };
}

function withCutOff(period: ReportPeriod): AsOf {
  return { instant: period.cutOff, period };
}
