import {
  addDays,
  type DateWindow,
  type Deadline,
  dueDates,
  formatQuarter,
  type IsoDate,
  lastDayOfMonth,
  parseDeadline,
  type RecurrenceFrequency,
  toIsoDate,
} from '@dondoc/deadlines';

/** How often a series reports; the same vocabulary as the deadline engine's recurrences. */
export type ReportRhythm = RecurrenceFrequency;

export interface ReportPeriod {
  /** Stable identity of the period within its series: '2026-Q1', '2026-M03', '2026-H2', '2026-Y'. */
  key: string;
  /** As the plans write it: 'Quý I/2026', 'Tháng 03/2026', '6 tháng cuối năm 2026', 'Năm 2026'. */
  label: string;
  due: IsoDate;
}

/** What a series row says about its reports. */
export interface SeriesWording {
  deadlineText: string;
  deliverable: string;
}

export interface PlanYear {
  year: number;
  beforeDateInclusive: boolean;
}

const LETTER = '\\p{L}';
const word = (text: string) => new RegExp(`(?<!${LETTER})${text}(?!${LETTER})`, 'u');

/**
 * The rhythm a deliverable names, first match wins: "quý" (the reporting rhythm of the plans; the
 * 6-month and annual reports fall on the Q2 and Q4 cards), then "6 tháng", then "tháng", then
 * "năm". Accented words only: "quy" (quy chế, quy định) and "quỹ" are other words.
 */
const RHYTHM_WORDS: [ReportRhythm, RegExp][] = [
  ['quarterly', word('quý')],
  ['half_yearly', word('(?:6|sáu) tháng')],
  ['monthly', word('tháng')],
  ['yearly', word('năm')],
];

export function rhythmOfWording(deliverable: string): ReportRhythm | null {
  const text = deliverable.normalize('NFC').toLowerCase();
  return RHYTHM_WORDS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

const MONTHS_PER_PERIOD: Record<ReportRhythm, number> = {
  monthly: 1,
  quarterly: 3,
  half_yearly: 6,
  yearly: 12,
};

export interface CalendarPeriod {
  key: string;
  label: string;
  start: IsoDate;
  end: IsoDate;
}

/** The period of the given rhythm that holds an ISO date. */
export function periodHolding(date: IsoDate, rhythm: ReportRhythm): CalendarPeriod {
  const year = Number(date.slice(0, 4));
  const size = MONTHS_PER_PERIOD[rhythm];
  const index = Math.floor((Number(date.slice(5, 7)) - 1) / size);
  const firstMonth = index * size + 1;
  const bounds = { start: toIsoDate(year, firstMonth, 1), end: lastDayOfMonth(year, firstMonth + size - 1) };
  switch (rhythm) {
    case 'monthly': {
      const month = String(firstMonth).padStart(2, '0');
      return { key: `${year}-M${month}`, label: `Tháng ${month}/${year}`, ...bounds };
    }
    case 'quarterly':
      return { key: `${year}-Q${index + 1}`, label: formatQuarter(index + 1, year), ...bounds };
    case 'half_yearly':
      return {
        key: `${year}-H${index + 1}`,
        label: `6 tháng ${index === 0 ? 'đầu' : 'cuối'} năm ${year}`,
        ...bounds,
      };
    case 'yearly':
      return { key: `${year}-Y`, label: `Năm ${year}`, ...bounds };
  }
}

/**
 * The report periods of a series within its plan's year:
 * - a recurring deadline ("Hằng quý", "Trước ngày 15/6 và 15/12 hằng năm") gives one period per
 *   occurrence, due on the occurrence and named after the period of its rhythm that holds it;
 * - a span ("Cả năm 2026", "Quý III,IV/2026", "Thường xuyên") is cut into periods of the rhythm
 *   the deliverable names ("Báo cáo quý"), each due at its end, or at the span's end if sooner;
 * - anything else (one date, a trigger, unreadable text) is a one-off report: no periods, the
 *   series row itself is the card.
 */
export function reportPeriods(series: SeriesWording, plan: PlanYear): ReportPeriod[] {
  const deadline = parseDeadline(series.deadlineText, {
    year: plan.year,
    beforeDateInclusive: plan.beforeDateInclusive,
  });
  const year: DateWindow = { from: `${plan.year}-01-01`, to: `${plan.year}-12-31` };
  if (deadline.kind === 'recurring') {
    const periods = dueDates(deadline, year).map((due) => {
      const { key, label } = periodHolding(due, deadline.frequency);
      return { key, label, due };
    });
    return periods.filter(
      (period, index) => periods.findIndex((other) => other.key === period.key) === index,
    );
  }
  const span = spanOf(deadline, year);
  const rhythm = rhythmOfWording(series.deliverable);
  if (!span || !rhythm) return [];
  const periods: ReportPeriod[] = [];
  for (
    let period = periodHolding(span.from, rhythm);
    period.start <= span.to;
    period = periodHolding(addDays(period.end, 1), rhythm)
  ) {
    periods.push({ key: period.key, label: period.label, due: period.end < span.to ? period.end : span.to });
  }
  return periods;
}

/** The days a span deadline covers, clipped to the plan's year; null for every other kind. */
function spanOf(deadline: Deadline, year: DateWindow): DateWindow | null {
  let from: IsoDate;
  let to: IsoDate;
  if (deadline.kind === 'period') [from, to] = [deadline.start, deadline.end];
  else if (deadline.kind === 'ongoing') [from, to] = [deadline.from ?? year.from, deadline.until ?? year.to];
  else return null;
  const clipped = { from: from > year.from ? from : year.from, to: to < year.to ? to : year.to };
  return clipped.from <= clipped.to ? clipped : null;
}

export interface CardWindow {
  /** Vietnam's date today. */
  today: IsoDate;
  /** A period gets its card once its due date is this many days away or fewer. */
  horizonDays: number;
  /** The day the series reached the system: periods due earlier are not its to track. */
  notBefore: IsoDate;
}

/** The periods whose card is due to exist now. */
export function periodsInWindow(periods: readonly ReportPeriod[], window: CardWindow): ReportPeriod[] {
  const until = addDays(window.today, window.horizonDays);
  return periods.filter((period) => period.due >= window.notBefore && period.due <= until);
}
