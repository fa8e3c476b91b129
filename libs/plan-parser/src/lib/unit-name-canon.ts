import type { FoldedText } from './fold';

/** Letters and digits of folded text: a rule applies only to whole words. */
const B = '(?<![a-z0-9])';
const E = '(?![a-z0-9])';

function rule(pattern: string, replacement: string): [RegExp, string] {
  return [new RegExp(`${B}(?:${pattern})${E}`, 'g'), replacement];
}

/**
 * One spelling for the many ways plans write the same unit: full names and their abbreviations
 * ("Trung tâm" and "TT", "Văn phòng" and "VP", "Ủy ban MTTQ" and "UBMTTQ", "VH-XH" and "VHXH"),
 * the optional "các" of a group and the optional tail of "đơn vị sự nghiệp (công lập) (trực
 * thuộc) (UBND) phường". Applied alike to the catalog and to the cell, so it only ever widens
 * which spellings meet; it never invents a unit.
 */
const RULES: [RegExp, string][] = [
  rule('cac', ''),
  rule('trung tam', 'tt'),
  rule('van phong', 'vp'),
  rule('uy ban nhan dan', 'ubnd'),
  rule('hoi dong nhan dan', 'hdnd'),
  rule('hdnd(?:-|&| va |, ?)ubnd', 'hdnd&ubnd'),
  rule('mat tran to quoc(?: viet nam)?|mttq(?: ?vn| viet nam)', 'mttq'),
  rule('(?:uy ban|ub) ?mttq', 'ubmttq'),
  rule('van hoa(?:-|&| va |, ?)xa hoi|vh(?:-|&| va )?xh|vhxxh', 'vhxh'),
  rule('kinh te(?:,|-)? ?ha tang(?:,|-)? ?(?:va )?do thi|ktht(?:&|-| va )?dt', 'kthtdt'),
  rule('phuc vu hanh chinh cong|pv ?hcc|phuc vu hcc', 'pvhcc'),
  rule('dich vu su nghiep cong', 'dvsnc'),
  rule('dich vu tong hop', 'dvth'),
  rule('chi huy quan su', 'chqs'),
  rule(
    'don vi su nghiep(?: cong lap)?(?: ?\\(?truc thuoc\\)?)?(?: ?\\(?ubnd\\)?)?(?: phuong)?',
    'don vi su nghiep',
  ),
  rule('phong(?:,| ,)? ban(?:,| ,)? nganh', 'phong, ban, nganh'),
];

function rewrite(text: FoldedText, pattern: RegExp, replacement: string): FoldedText {
  pattern.lastIndex = 0;
  if (!pattern.test(text.folded)) return text;
  pattern.lastIndex = 0;
  const out: string[] = [];
  const map: number[] = [];
  // A dropped word ("các") belongs to the name after it: that name starts where the word did.
  let carried: number | null = null;
  const copy = (at: number) => {
    out.push(text.folded[at]);
    map.push(carried ?? text.map[at]);
    carried = null;
  };
  let at = 0;
  for (let match = pattern.exec(text.folded); match; match = pattern.exec(text.folded)) {
    for (; at < match.index; at++) copy(at);
    for (const char of replacement) {
      out.push(char);
      map.push(carried ?? text.map[match.index]);
      carried = null;
    }
    at = match.index + match[0].length;
    if (replacement === '') {
      carried ??= text.map[match.index];
      // "các " dropped leaves its space behind: drop it too.
      if (text.folded[at] === ' ') at++;
    }
    if (match[0].length === 0) pattern.lastIndex++;
  }
  for (; at < text.folded.length; at++) copy(at);
  map.push(text.map[text.folded.length]);
  return { folded: out.join(''), map };
}

/** The canonical spelling of folded unit text, with its map back to the original kept. */
export function canonicalUnitText(text: FoldedText): FoldedText {
  return RULES.reduce((current, [pattern, replacement]) => rewrite(current, pattern, replacement), text);
}
