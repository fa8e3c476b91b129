/**
 * Repairs that keep every character in place (so a reader can still quote the original):
 * "15-01-2026" becomes "15/01/2026", and a doubled or trailing slash ("15//01/2026",
 * "Quý I/ /2026", "30/6/2026/") becomes a space.
 */
const DASHED_DATE = /(?<![\d/.-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d/-])/g;
const DOUBLED_SLASH = /\/(\s*)\//g;
const HAS_DOUBLED_SLASH = /\/\s*\//;
const TRAILING_SLASH = /(\d)\/(?=[\s.;,)]*$|[\s.;,)]*\n)/g;

export function prepareDeadlineText(text: string): string {
  let prepared = text.replace(
    DASHED_DATE,
    (_match, day: string, month: string, year: string) => `${day}/${month}/${year}`,
  );
  for (let pass = 0; pass < 3 && HAS_DOUBLED_SLASH.test(prepared); pass++) {
    prepared = prepared.replace(DOUBLED_SLASH, (_match, gap: string) => `/${gap} `);
  }
  return prepared.replace(TRAILING_SLASH, '$1 ');
}
