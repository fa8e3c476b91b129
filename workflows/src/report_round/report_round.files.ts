import { decideRound } from './report_round.decide';
import { MAX_FILES_PER_RESULT } from './report_round.rules';
import type { RoundActor, RoundContext, RoundDecision, RoundSnapshot } from './report_round.types';

export type PartFilesRefusal = Extract<RoundDecision, { ok: false }>;

/**
 * Why the actor may not attach or remove a file of the unit's results now, or null when they may.
 * A part's files change exactly when its results could be saved (the unit's own staff or head,
 * the round collecting, the part asked, in draft or returned): the round machine decides, so a
 * handed-in part's files stay as Văn phòng received them.
 */
export function partFilesRefusal(
  round: RoundSnapshot,
  actor: RoundActor,
  unitId: string,
  now: string,
): PartFilesRefusal | null {
  const decision = decideRound(round, actor, { type: 'SAVE_PART', unitId, payload: { results: [] } }, now);
  return decision.ok ? null : decision;
}

/** Why one more file cannot join a task line that already holds `count`, or null. */
export function fileCountProblem(count: number): string | null {
  return count >= MAX_FILES_PER_RESULT ? `Mỗi nhiệm vụ kèm tối đa ${MAX_FILES_PER_RESULT} tệp` : null;
}

/**
 * Who may download a part's files: the unit that wrote them, Văn phòng that collects them, and
 * the ward's leadership and admins; other units read the results' text, not their files.
 */
export function readsPartFiles(actor: RoundActor, context: RoundContext, unitId: string): boolean {
  if (actor.roles.some((role) => role === 'leader' || role === 'admin')) return true;
  return actor.unitId !== null && (actor.unitId === unitId || actor.unitId === context.officeUnitId);
}
