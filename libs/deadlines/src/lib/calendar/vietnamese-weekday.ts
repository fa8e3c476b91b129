import { dayOfWeek, IsoDate } from '../iso-date';

const WEEKDAY_NAMES_VI = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** '2027-02-06' → 'thứ Bảy', as written in a sentence. */
export function weekdayNameVi(iso: IsoDate): string {
  return WEEKDAY_NAMES_VI[dayOfWeek(iso)];
}
