/**
 * Dates are shown dd/mm/yyyy in every language: the plans write them that way and the users
 * read them that way, so the English UI keeps the Vietnamese order on purpose.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Only ISO instants are read as instants: Date.parse would happily read "Quý II/2026" as January. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DISPLAY_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** Vietnam has one time zone and no daylight saving time. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The wall-clock parts in Vietnam of an instant, whatever the browser's own time zone. */
function vietnamParts(instant: number): {
  day: number;
  month: number;
  year: number;
  hours: number;
  minutes: number;
} {
  const shifted = new Date(instant + VIETNAM_OFFSET_MS);
  return {
    day: shifted.getUTCDate(),
    month: shifted.getUTCMonth() + 1,
    year: shifted.getUTCFullYear(),
    hours: shifted.getUTCHours(),
    minutes: shifted.getUTCMinutes(),
  };
}

function readInstant(value: string): number | null {
  if (!ISO_INSTANT.test(value)) return null;
  const instant = Date.parse(value);
  return Number.isNaN(instant) ? null : instant;
}

/**
 * "2026-01-15" → "15/01/2026". A calendar date is shown as written (no time zone shift); an
 * instant ("2026-01-15T20:00:00Z") is shown as the date it was in Vietnam. Empty for no value,
 * the input itself when it cannot be read.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const calendar = ISO_DATE.exec(value);
  if (calendar) return `${calendar[3]}/${calendar[2]}/${calendar[1]}`;
  const instant = readInstant(value);
  if (instant === null) return value;
  const { day, month, year } = vietnamParts(instant);
  return `${pad(day)}/${pad(month)}/${year}`;
}

/** "2026-01-15T02:05:00Z" → "15/01/2026 09:05" (Vietnam time). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const instant = readInstant(value);
  if (instant === null) return value;
  const { day, month, year, hours, minutes } = vietnamParts(instant);
  return `${pad(day)}/${pad(month)}/${year} ${pad(hours)}:${pad(minutes)}`;
}

/** "5/1/2026" or "05/01/2026" → "2026-01-05"; null unless it is a real calendar date. */
export function parseDisplayDate(text: string): string | null {
  const match = DISPLAY_DATE.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${year}-${pad(month)}-${pad(day)}` : null;
}
