import type { DateOnly, StatusCounts } from './model';
import { REPORT_CATEGORIES, TASK_STATUS_LABELS_VI, totalOf } from './status';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateParts(date: DateOnly): { year: number; month: number; day: number } {
  const match = DATE_ONLY.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * Characters XML 1.0 cannot hold (C0 controls other than tab, line feed and carriage return, lone
 * surrogates, U+FFFE/U+FFFF): text pasted from other programs brings them, and one of them in
 * document.xml or a sheet makes Word or Excel refuse the whole file.
 */
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Every text that goes into a file passes here: NFC, whatever form the database or the browser
 * handed over, and without the characters that would make the file unreadable.
 */
export const nfc = (text: string): string => text.replace(NOT_IN_XML, '').normalize('NFC');

/** Compiled text as paragraphs: a text Văn phòng wrote with line breaks becomes one paragraph per line. */
export const paragraphsOf = (texts: readonly string[]): string[] =>
  texts
    .flatMap((text) => text.split(/\r?\n/))
    .map((text) => text.trim())
    .filter(Boolean);

export const upperVi = (text: string): string => nfc(text).toLocaleUpperCase('vi');

/** 'dd/mm/yyyy', as tables and sheets print dates. */
export function formatDateVi(date: DateOnly): string {
  const { year, month, day } = dateParts(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** A date-only value as the UTC midnight Excel stores it as, so no time zone moves the day. */
export function excelDate(date: DateOnly): Date {
  const { year, month, day } = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

const BLANK = '\u00a0'.repeat(6);

/**
 * "ngày 05 tháng 02 năm 2026": Nghị định 30/2020, Phụ lục I writes a 0 before days under 10 and
 * months under 3 only ("ngày 12 tháng 5"). Without a date the day and month stay blank.
 */
export function dateInWords(date: DateOnly | null, year: number): string {
  if (date === null) return `ngày${BLANK}tháng${BLANK}năm ${year}`;
  const parts = dateParts(date);
  const day = parts.day < 10 ? `0${parts.day}` : String(parts.day);
  const month = parts.month < 3 ? `0${parts.month}` : String(parts.month);
  return `ngày ${day} tháng ${month} năm ${parts.year}`;
}

/** "Hà Nội, ngày 05 tháng 02 năm 2026": the place and date line under Tiêu ngữ. */
export const placeAndDateLine = (place: string, date: DateOnly | null, year: number): string =>
  nfc(`${place}, ${dateInWords(date, year)}`);

/** "Số: 12/BC-UBND", or the blank the văn thư fills when the report is issued. */
export function documentNumberLine(number: string | null, symbol: string): string {
  return nfc(`Số: ${number ?? BLANK + BLANK}/${symbol}`);
}

const percentFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "44,4%"; a share of nothing is 0%. */
export function formatPercent(part: number, whole: number): string {
  return `${percentFormat.format(whole === 0 ? 0 : (part * 100) / whole)}%`;
}

/**
 * The figures said in one sentence, as reports write them: "Tổng số 45 nhiệm vụ, trong đó: đã
 * hoàn thành đúng hạn 20 nhiệm vụ (44,4%); …". Cancelled tasks are said apart, outside the total.
 */
export function figuresSentence(counts: StatusCounts): string {
  const total = totalOf(counts);
  const parts = REPORT_CATEGORIES.map(
    (category) =>
      `${TASK_STATUS_LABELS_VI[category].toLocaleLowerCase('vi')} ${counts[category]} nhiệm vụ (${formatPercent(counts[category], total)})`,
  );
  const cancelled =
    counts.cancelled > 0 ? ` Ngoài ra, ${counts.cancelled} nhiệm vụ đã hủy, không thực hiện.` : '';
  return nfc(`Tổng số ${total} nhiệm vụ, trong đó: ${parts.join('; ')}.${cancelled}`);
}
