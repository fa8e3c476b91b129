import type { Role } from '@dondoc/domain';
import { isIsoDate, vietnamDateOf } from '../lib/dates';
import { MAX_LONG_TEXT, MAX_SHORT_TEXT, trimmedText } from '../lib/payload-fields';
import type { ReportPart, RoundActor, RoundContext, TaskResult } from './report_round.types';

/*
 * The checks of a report round as plain functions of (context, actor, payload, time): the
 * machines compose them as guards, and decideRound() asks them again to say why a move is refused.
 */

/** Long enough for a compiled report of a whole plan. */
export const MAX_COMPILED_TEXT = 200_000;
export const MAX_FILES_PER_RESULT = 20;

const hasRole = (actor: RoundActor, roles: Role[]) => actor.roles.some((role) => roles.includes(role));

/** The unit's own staff or head write and hand in its part. */
export function writesPart(actor: RoundActor, unitId: string | null): boolean {
  return unitId !== null && actor.unitId === unitId && hasRole(actor, ['staff', 'unit_head']);
}

/** Văn phòng's staff, head or approver collect, accept, return and compile. */
export function actsForOffice(actor: RoundActor, context: RoundContext): boolean {
  return actor.unitId === context.officeUnitId && hasRole(actor, ['staff', 'unit_head', 'approver']);
}

/** Only Văn phòng's head or approver closes the round (the report goes out under their signature). */
export function signsOffRound(actor: RoundActor, context: RoundContext): boolean {
  return actor.unitId === context.officeUnitId && hasRole(actor, ['unit_head', 'approver']);
}

export function sendByPassed(context: RoundContext, now: string): boolean {
  const today = vietnamDateOf(now);
  return today !== null && today > context.sendBy;
}

/** A hand-in counts late when it reached Văn phòng after the send-by day (Vietnam time). */
export function handedInLate(part: ReportPart, sendBy: string): boolean {
  const day = part.submittedAt === null ? null : vietnamDateOf(part.submittedAt);
  return day !== null && day > sendBy;
}

export const FORBIDDEN_REASONS = {
  part: 'Chỉ cán bộ của đơn vị được yêu cầu mới được viết và gửi phần báo cáo của đơn vị',
  office: 'Chỉ Văn phòng HĐND và UBND mới được tiếp nhận, trả lại hoặc tổng hợp báo cáo',
  signOff: 'Chỉ lãnh đạo Văn phòng HĐND và UBND mới được kết thúc đợt báo cáo',
} as const;

/** The results a payload carries, or the reason they cannot be read. */
export function readResults(part: ReportPart, payload: Record<string, unknown>): TaskResult[] | string {
  const raw = payload['results'];
  if (!Array.isArray(raw)) return 'Cần ghi kết quả thực hiện của từng nhiệm vụ';
  const results: TaskResult[] = [];
  for (const item of raw) {
    const entry = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const taskId = entry['taskId'];
    if (typeof taskId !== 'string' || !part.taskIds.includes(taskId))
      return 'Kết quả gửi kèm có nhiệm vụ không thuộc phần báo cáo của đơn vị';
    const text = entry['result'];
    const result = typeof text === 'string' ? text.normalize('NFC').trim() : '';
    if (result.length > MAX_LONG_TEXT) return `Kết quả thực hiện dài quá ${MAX_LONG_TEXT} ký tự`;
    const files = entry['fileRefs'] ?? [];
    if (!Array.isArray(files) || files.length > MAX_FILES_PER_RESULT)
      return `Mỗi nhiệm vụ kèm tối đa ${MAX_FILES_PER_RESULT} tệp`;
    const fileRefs = files.map((ref) => trimmedText(ref, MAX_SHORT_TEXT));
    if (fileRefs.some((ref) => ref === null)) return 'Tệp đính kèm không hợp lệ';
    results.push({ taskId, result, fileRefs: fileRefs as string[] });
  }
  return results;
}

/** The part's results with the payload's written over them, task by task, in the part's task order. */
export function mergedResults(part: ReportPart, incoming: TaskResult[]): TaskResult[] {
  const byTask = new Map(part.results.map((result) => [result.taskId, result]));
  for (const result of incoming) byTask.set(result.taskId, result);
  return part.taskIds.flatMap((taskId) => byTask.get(taskId) ?? []);
}

export function saveProblem(part: ReportPart, payload: Record<string, unknown>): string | null {
  const results = readResults(part, payload);
  return typeof results === 'string' ? results : null;
}

/** A hand-in needs a result for every task of the unit, the payload's and the saved ones together. */
export function submitProblem(part: ReportPart, payload: Record<string, unknown>): string | null {
  const results = payload['results'] === undefined ? [] : readResults(part, payload);
  if (typeof results === 'string') return results;
  const merged = mergedResults(part, results);
  const missing = part.taskIds.filter(
    (taskId) => !merged.some((r) => r.taskId === taskId && r.result !== ''),
  );
  return missing.length === 0 ? null : `Còn ${missing.length} nhiệm vụ chưa ghi kết quả thực hiện`;
}

export function reasonProblem(payload: Record<string, unknown>): string | null {
  return trimmedText(payload['reason']) ? null : 'Cần nêu lý do';
}

export function compiledTextProblem(payload: Record<string, unknown>): string | null {
  return trimmedText(payload['text'], MAX_COMPILED_TEXT)
    ? null
    : `Cần nội dung báo cáo tổng hợp (tối đa ${MAX_COMPILED_TEXT} ký tự)`;
}

/**
 * Văn phòng compiles once every part is accepted, or once the send-by day has passed (the parts
 * not accepted then are named missing); never while a handed-in part still waits for its answer.
 */
export function compileProblem(context: RoundContext, now: string): string | null {
  const parts = Object.values(context.parts);
  if (parts.some((part) => part.state === 'submitted'))
    return 'Còn phần báo cáo đã gửi đang chờ Văn phòng tiếp nhận hoặc trả lại';
  if (parts.every((part) => part.state === 'accepted') || sendByPassed(context, now)) return null;
  return `Chưa thể tổng hợp: còn đơn vị chưa gửi báo cáo và chưa hết hạn gửi (${context.sendBy})`;
}

export function closeProblem(context: RoundContext): string | null {
  return context.compiledText === null ? 'Chưa có nội dung báo cáo tổng hợp' : null;
}

export function seedProblem(seed: {
  sendBy: unknown;
  officeUnitId: unknown;
  units: { unitId: unknown; taskIds: unknown }[];
}): string | null {
  if (!isIsoDate(seed.sendBy)) return 'Hạn gửi báo cáo phải là ngày hợp lệ (YYYY-MM-DD)';
  if (typeof seed.officeUnitId !== 'string' || seed.officeUnitId === '') return 'Thiếu đơn vị tổng hợp';
  if (seed.units.length === 0) return 'Kế hoạch không có đơn vị chủ trì nào để yêu cầu báo cáo';
  const ids = seed.units.map((unit) => unit.unitId);
  if (new Set(ids).size !== ids.length) return 'Một đơn vị được yêu cầu báo cáo hai lần';
  return null;
}
