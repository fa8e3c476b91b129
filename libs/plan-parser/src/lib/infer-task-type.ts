import type { TaskType } from '@dondoc/domain';
import { foldForMatching } from './fold';
import type { TaskLevel } from './types';

export type DeadlineKind = 'date' | 'period' | 'recurring' | 'ongoing' | 'triggered' | 'unparsed';

export interface TaskTypeInput {
  content: string;
  deliverable: string;
  deadlineKind: DeadlineKind;
  level?: TaskLevel;
}

// Patterns run on folded text (no accents, lower case, "-" without spaces).
const QPPL = '(?:van ban qppl|van ban quy pham phap luat|quyet dinh qppl|qppl)';
/** Issuing or drafting a legal normative document itself, not a plan or decision about them. */
const ISSUES_LEGAL_DOCUMENT = new RegExp(
  `(?:^|[^a-z])(?:ban hanh|soan thao|xay dung(?: cac)?(?: du thao)?|trinh ban hanh)(?: moi)?(?: cac)? ${QPPL}`,
);
const LEGAL_DELIVERABLE = new RegExp(`^(?:cac )?${QPPL}|${QPPL} (?:duoc )?ban hanh`);
const PERIODIC_REPORT =
  /bao cao(?: [a-z ,]{0,40}?)? (?:quy|6 thang|sau thang|nam|hang thang|hang quy|hang nam|hang thang|dinh ky|thang)(?:[^a-z]|$)/;
const REPORT = /(?:^|[^a-z])bao cao(?:[^a-z]|$)/;
/** A measurable share: "tỷ lệ … đạt 95%", "giảm ít nhất 15%", "đạt từ 60% trở lên", "≥ 60%". */
const MEASURABLE = [
  /ty le[^%]{0,120}?(?:≥|>=|>|tu|dat|toi thieu|tren|it nhat|khong (?:it|duoi) hon)\s*\d+(?:[.,]\d+)?\s?%/,
  /giam[^%]{0,60}?\d+(?:[.,]\d+)?\s?%/,
  /dat[^%]{0,30}?\d+(?:[.,]\d+)?\s?%/,
  /(?:≥|>=)\s*\d+(?:[.,]\d+)?\s?%/,
];

function isLegalDocument(content: string, deliverable: string): boolean {
  return ISSUES_LEGAL_DOCUMENT.test(content) || LEGAL_DELIVERABLE.test(deliverable);
}

function isPeriodicReport(content: string, deliverable: string, deadlineKind: DeadlineKind): boolean {
  if (PERIODIC_REPORT.test(deliverable)) return true;
  return deadlineKind === 'recurring' && (REPORT.test(deliverable) || REPORT.test(content));
}

/**
 * Which workflow a task needs, from its wording. The order matters: a chỉ tiêu row is a target
 * even when it is due "Thường xuyên", and issuing a QPPL is a legal document whatever its deadline.
 */
export function inferTaskType(input: TaskTypeInput): TaskType {
  const content = foldForMatching(input.content);
  const deliverable = foldForMatching(input.deliverable);
  if (input.level === 'target') return 'target';
  if (isLegalDocument(content, deliverable)) return 'legal_document';
  if (MEASURABLE.some((pattern) => pattern.test(content))) return 'target';
  if (isPeriodicReport(content, deliverable, input.deadlineKind)) return 'periodic_report';
  if (input.deadlineKind === 'ongoing') return 'ongoing';
  if (input.deadlineKind === 'triggered') return 'triggered';
  return 'document';
}
