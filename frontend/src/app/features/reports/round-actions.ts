import type { PartState, RoundDto, RoundPartDto, RoundState } from '@dondoc/contracts';
import type { Role } from '@dondoc/domain';

/*
 * What the round page offers whom: the mirror of the report round's rules in @dondoc/workflows
 * (actsForOffice, signsOffRound, compileProblem). The server decides again; this only hides the
 * buttons a refusal would answer.
 */

export interface Viewer {
  unitId: string | null;
  roles: readonly Role[];
}

export type RoundAction = 'COMPILE' | 'EDIT_COMPILED' | 'CLOSE_ROUND' | 'CANCEL_ROUND';
export type PartReview = 'ACCEPT_PART' | 'RETURN_PART';
export type PartWriting = 'SAVE_PART' | 'SUBMIT_PART';

/** Why compiling waits, when it does. */
export type CompileWait = 'AWAITING_DECISION' | 'PARTS_MISSING' | null;

export interface OfferedActions {
  round: RoundAction[];
  /** Per unit, what Văn phòng may do with its part. */
  parts: Record<string, PartReview[]>;
  compileWait: CompileWait;
}

const OFFICE_ROLES: readonly Role[] = ['staff', 'unit_head', 'approver'];
const SIGNING_ROLES: readonly Role[] = ['unit_head', 'approver'];
const OPEN_STATES: readonly RoundState[] = ['collecting', 'compiling'];
const WRITABLE_PARTS: readonly PartState[] = ['asked', 'draft', 'returned'];

const hasRole = (viewer: Viewer, roles: readonly Role[]) => viewer.roles.some((role) => roles.includes(role));

export function actsForOffice(viewer: Viewer, officeUnitId: string): boolean {
  return viewer.unitId === officeUnitId && hasRole(viewer, OFFICE_ROLES);
}

/** The plan's office opens rounds, and so does the ward's admin. */
export function opensRounds(viewer: Viewer, officeUnitId: string | null): boolean {
  return viewer.roles.includes('admin') || (officeUnitId !== null && actsForOffice(viewer, officeUnitId));
}

function compileWaitOf(parts: readonly RoundPartDto[], sendBy: string, today: string): CompileWait {
  if (parts.some((part) => part.state === 'submitted')) return 'AWAITING_DECISION';
  if (parts.every((part) => part.state === 'accepted') || today > sendBy) return null;
  return 'PARTS_MISSING';
}

/** The steps a viewer is offered on a round, on the Vietnam day `today` (YYYY-MM-DD). */
export function offeredActions(
  round: Pick<RoundDto, 'state' | 'officeUnitId' | 'parts' | 'sendBy' | 'compiledText'>,
  viewer: Viewer,
  today: string,
): OfferedActions {
  const office = actsForOffice(viewer, round.officeUnitId);
  const actions: RoundAction[] = [];
  const parts: Record<string, PartReview[]> = {};
  let compileWait: CompileWait = null;
  if (office && round.state === 'collecting') {
    compileWait = compileWaitOf(round.parts, round.sendBy, today);
    if (compileWait === null) actions.push('COMPILE');
    for (const part of round.parts)
      parts[part.unitId] = part.state === 'submitted' ? ['ACCEPT_PART', 'RETURN_PART'] : [];
  }
  if (office && round.state === 'compiling') {
    actions.push('EDIT_COMPILED');
    if (round.compiledText !== null && hasRole(viewer, SIGNING_ROLES)) actions.push('CLOSE_ROUND');
  }
  if (office && OPEN_STATES.includes(round.state)) actions.push('CANCEL_ROUND');
  return { round: actions, parts, compileWait };
}

/** What a unit may do with its own part: write and hand in while the round collects and the part is not with Văn phòng. */
export function partWriting(
  roundState: RoundState,
  part: Pick<RoundPartDto, 'state' | 'unitId'>,
  viewer: Viewer,
): PartWriting[] {
  const writes = viewer.unitId === part.unitId && hasRole(viewer, ['staff', 'unit_head']);
  return writes && roundState === 'collecting' && WRITABLE_PARTS.includes(part.state)
    ? ['SAVE_PART', 'SUBMIT_PART']
    : [];
}
