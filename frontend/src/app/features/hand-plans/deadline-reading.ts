import { type Deadline, dueDates, formatViDate, parseDeadline } from '@dondoc/deadlines';

/** How the server will read a deadline text, as a translation key and its values. */
export interface DeadlineReading {
  key: string;
  params: Record<string, string>;
}

/**
 * The reading of a deadline text as the person types it: the same pure engine the server runs
 * (@dondoc/deadlines), in the plan's year and its reading of "Trước ngày D", with the first due date.
 * The reading is required: a form that left it out would show D−1 where the plan reads D.
 */
export function readDeadlineText(
  text: string,
  plan: { year: number; beforeDateInclusive: boolean },
): DeadlineReading {
  const deadline = parseDeadline(text, { year: plan.year, beforeDateInclusive: plan.beforeDateInclusive });
  const window = { from: `${plan.year - 1}-01-01`, to: `${plan.year + 10}-12-31` };
  const first = dueDates(deadline, window)[0];
  const due = first ? formatViDate(first) : '';
  return { key: `handPlans.reading.${deadline.kind}`, params: { due, ...detailOf(deadline) } };
}

function detailOf(deadline: Deadline): Record<string, string> {
  switch (deadline.kind) {
    case 'period':
      return { start: formatViDate(deadline.start), end: formatViDate(deadline.end) };
    case 'triggered':
      return { trigger: deadline.trigger };
    case 'recurring':
      return { frequency: deadline.frequency };
    default:
      return {};
  }
}
