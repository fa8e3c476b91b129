import { TriggerCue, TriggerOffset } from '../deadline.types';
import { Reader } from './read-context';

/**
 * "có" is dropped from "Sau khi có hướng dẫn…" to name the trigger itself, but folding also turns
 * "cơ quan" into "co quan", which must stay whole.
 */
const HAVING = String.raw`(?:co\s+(?!quan(?![a-z])))?`;
const OFFSET = new RegExp(
  String.raw`(?:trong\s+(?:thoi\s+han|vong)\s+|trong\s+|cham\s+nhat\s+(?:la\s+)?|khong\s+qua\s+|sau\s+)?` +
    String.raw`(\d{1,4})\s+ngay(\s+lam\s+viec)?\s*,?\s*(?:ke\s+tu|tinh\s+tu|sau\s+khi|sau|tu)\s+(?:ngay\s+)?(?:khi\s+)?` +
    HAVING,
  'y',
);

/** A bracket or semicolon starts another statement; the segment reading notes it instead. */
const STATEMENT_BREAK = /[;()[\]]/;

/** What "Theo …" can follow to set a task's timing: a request, direction, roadmap, plan or rule. */
const DIRECTIVES = [
  'yeu cau',
  'chi dao',
  'chu truong',
  'lo trinh',
  'ke hoach',
  'de an',
  'huong dan',
  'van ban',
  'quyet dinh',
  'thong bao',
  'tien do',
  'quy dinh',
  'lich',
  'thoi han',
]
  .map((words) => words.replace(' ', String.raw`\s+`))
  .join('|');

const CUES: ReadonlyArray<{ pattern: RegExp; cue: TriggerCue; offset?: TriggerOffset }> = [
  {
    pattern: new RegExp(String.raw`ngay\s+sau\s+khi\s+` + HAVING, 'y'),
    cue: 'after',
    offset: { days: 0, workingDays: false },
  },
  { pattern: new RegExp(String.raw`sau\s+khi\s+` + HAVING, 'y'), cue: 'after' },
  { pattern: new RegExp(String.raw`khi\s+` + HAVING, 'y'), cue: 'when' },
  { pattern: /(?:ke|tinh)\s+tu\s+(?:ngay\s+)?(?:khi\s+)?/y, cue: 'counted_from' },
  // Only what sets timing: "Theo dõi" (to monitor) is work and "Theo dự toán" is a budget line.
  { pattern: new RegExp(String.raw`theo\s+(?=(?:${DIRECTIVES})(?![a-z]))`, 'y'), cue: 'according_to' },
];

/**
 * "Sau khi có hướng dẫn của …", "Khi có văn bản triển khai", "Theo yêu cầu của thành phố",
 * "Ngay sau khi ban hành văn bản QPPL" (0 days), "Trong thời hạn 30 ngày kể từ ngày nhận được …"
 * and "10 ngày làm việc kể từ …". The trigger is quoted as written.
 */
export const readTriggered: Reader = (cursor) => {
  const counted = cursor.take(OFFSET);
  if (counted) {
    const trigger = cursor.restAsWritten();
    if (!trigger || STATEMENT_BREAK.test(trigger)) return null;
    const offset = { days: Number(counted[1]), workingDays: counted[2] !== undefined };
    return { kind: 'triggered', cue: 'counted_from', trigger, offset };
  }
  for (const { pattern, cue, offset } of CUES) {
    if (!cursor.take(pattern)) continue;
    const trigger = cursor.restAsWritten();
    if (!trigger || STATEMENT_BREAK.test(trigger)) return null;
    return { kind: 'triggered', cue, trigger, ...(offset && { offset: { ...offset } }) };
  }
  return null;
};
