export interface PlanMetadata {
  symbol?: string;
  issuedOn?: string;
  title?: string;
  year?: number;
}

const HEAD_LINES = 60;
/** "Số: 158/KH-UBND", "Kế hoạch số:   /KH-UBND", "(Kèm theo Kế hoạch số 158/KH-UBND …" */
const SYMBOL = /^[\s(*#]*(?:Kèm theo\s+)?(?:Kế hoạch\s+)?[Ss]ố\s*:?\s*(\d*)\s*\/\s*([A-ZĐ]+(?:-[A-ZĐ]+)+)/m;
/** The dateline under the national motto: "Nhị Chiểu, ngày 05 tháng 5 năm 2026". */
const DATELINE = /^[^\n,]{2,60}, ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})/m;
const ATTACHED_TO = /Kèm theo[^\n)]*? ngày (\d{1,2})\/(\d{1,2})\/(\d{4})/;
const PLAN_HEADING = /^[#*\s]*KẾ HOẠCH\b[*\s]*(.*)$/;
const FRAMEWORK_HEADING = /^[#*\s]*(KHUNG NHIỆM VỤ[^\n]*)$/;

function isoDate(day: string, month: string, year: string): string | undefined {
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function stripMarkup(line: string): string {
  return line
    .replace(/\[bookmark:[^\]]*\]/g, '')
    .replace(/[*#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function findTitle(lines: string[]): string | undefined {
  for (let index = 0; index < lines.length; index++) {
    const heading = PLAN_HEADING.exec(lines[index]);
    if (heading) {
      const rest = stripMarkup(heading[1]);
      if (rest) return rest;
      const next = lines.slice(index + 1).find((line) => line.trim().length > 0);
      return next ? stripMarkup(next) : undefined;
    }
    const framework = FRAMEWORK_HEADING.exec(stripMarkup(lines[index]));
    if (framework) return framework[1];
  }
  return undefined;
}

/** Cheap header facts: symbol, date of issue, title and year (`yearHint` when the text has none). */
export function readPlanMetadata(text: string, yearHint?: number): PlanMetadata {
  const lines = text.split('\n', HEAD_LINES * 4).slice(0, HEAD_LINES * 4);
  const head = lines.slice(0, HEAD_LINES).join('\n');
  const metadata: PlanMetadata = {};
  const symbol = SYMBOL.exec(head) ?? SYMBOL.exec(text);
  if (symbol) metadata.symbol = symbol[1] ? `${symbol[1]}/${symbol[2]}` : '';
  const date = DATELINE.exec(head) ?? ATTACHED_TO.exec(text);
  if (date) metadata.issuedOn = isoDate(date[1], date[2], date[3]);
  if (!metadata.issuedOn) delete metadata.issuedOn;
  metadata.title = findTitle(lines);
  if (!metadata.title) delete metadata.title;
  const titleYear = metadata.title ? /năm (20\d\d)/i.exec(metadata.title) : null;
  const year =
    (metadata.issuedOn ? Number(metadata.issuedOn.slice(0, 4)) : undefined) ??
    (titleYear ? Number(titleYear[1]) : undefined) ??
    yearHint;
  if (year !== undefined) metadata.year = year;
  return metadata;
}
