import { foldVietnamese } from '@dondoc/domain';

export type TargetOperator = '>=' | '<=';

export interface TargetReading {
  operator: TargetOperator;
  value: number;
}

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;

/** Phrasings of a measurable target in the plans, on folded text (no diacritics, lower case). */
const PATTERNS: { pattern: RegExp; operator: TargetOperator }[] = [
  { pattern: new RegExp(String.raw`(?:≥|>=)\s*${NUMBER}\s*%`), operator: '>=' },
  { pattern: new RegExp(String.raw`(?:≤|<=)\s*${NUMBER}\s*%`), operator: '<=' },
  { pattern: new RegExp(String.raw`(?:tu|tren)\s+${NUMBER}\s*%\s*tro len`), operator: '>=' },
  {
    pattern: new RegExp(String.raw`(?:toi thieu|it nhat|dat tren|dat tu|dat toi thieu|dat)\s+${NUMBER}\s*%`),
    operator: '>=',
  },
  {
    pattern: new RegExp(String.raw`(?:khong qua|khong vuot qua|duoi|toi da)\s+${NUMBER}\s*%`),
    operator: '<=',
  },
  { pattern: new RegExp(String.raw`${NUMBER}\s*%`), operator: '>=' },
];

/**
 * The target a chỉ tiêu sets, e.g. "tỷ lệ hội nghị trực tuyến đạt từ 60% trở lên" → ≥ 60,
 * "giảm tối thiểu 15% số lượng văn bản" → ≥ 15 (the measured value is then the reduction).
 * Null when the text states no percentage: a person sets it.
 */
export function readTarget(text: string): TargetReading | null {
  const folded = foldVietnamese(text);
  for (const { pattern, operator } of PATTERNS) {
    const match = folded.match(pattern);
    if (match) return { operator, value: Number(match[1].replace(',', '.')) };
  }
  return null;
}
