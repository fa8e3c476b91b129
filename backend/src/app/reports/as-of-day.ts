import { isIsoDate } from '@dondoc/deadlines';
import { endOfVietnamDay } from '@dondoc/reports';
import { AppError } from '../common/app-error';
import { vietnamToday } from '../common/vietnam-today';

/** A board "tại ngày dd/mm/yyyy": the Vietnam day asked for, and the instant its figures are folded at. */
export interface AsOfDay {
  day: string;
  instant: string;
}

/**
 * `?asOf=YYYY-MM-DD`, a past or present Vietnam day: the board as it stood at that day's end (or
 * now, for today). A day to come has no history yet, so it is refused rather than guessed.
 */
export function readAsOfDay(value: string | undefined, now: Date): AsOfDay {
  if (!isIsoDate(value))
    throw new AppError('VALIDATION_FAILED', 'Ngày xem (asOf) phải là một ngày có thật, dạng YYYY-MM-DD');
  const today = vietnamToday(now);
  if (value > today)
    throw new AppError('VALIDATION_FAILED', 'Ngày xem (asOf) không được sau hôm nay: chưa có lịch sử để xem');
  return { day: value, instant: value === today ? now.toISOString() : endOfVietnamDay(value) };
}
