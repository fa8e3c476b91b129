// The package ships no types; the reference keeps its declaration with the one file that imports
// it, so every program compiling this library (the backend's too) finds it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./lunar-javascript.d.ts" />
import { Lunar } from 'lunar-javascript';
import { IsoDate, toIsoDate } from '../iso-date';

/**
 * The solar date of a day of the lunar calendar, from lunar-javascript, which computes the Chinese
 * lunar calendar at UTC+8. Vietnam's calendar is computed at UTC+7, so the two differ only in a
 * month whose new moon falls between 23:00 and midnight Hà Nội time (Tết 2007 was one); for Tết and
 * Giỗ Tổ 2026–2030 they agree (checked in the spec). A year computed this way is only provisional:
 * an admin confirms it from the official announcement, which settles any such difference.
 */
export function solarDateOfLunarDay(lunarYear: number, lunarMonth: number, lunarDay: number): IsoDate {
  const solar = Lunar.fromYmd(lunarYear, lunarMonth, lunarDay).getSolar();
  return toIsoDate(solar.getYear(), solar.getMonth(), solar.getDay());
}

/** Mùng 1 Tết: the first day of the first lunar month, always in late January or February. */
export function lunarNewYear(year: number): IsoDate {
  return solarDateOfLunarDay(year, 1, 1);
}

/** Giỗ Tổ Hùng Vương: the 10th day of the (regular, never the leap) 3rd lunar month. */
export function hungKingsDay(year: number): IsoDate {
  return solarDateOfLunarDay(year, 3, 10);
}
