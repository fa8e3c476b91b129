import type { CardDto, UnitBoardDto, UnitBoardGroup } from '@dondoc/contracts';
import { UNIT_BOARD_GROUPS } from '@dondoc/contracts';

export type UnitRelationToTask = 'lead' | 'cooperator';
export type UnitBoardCard = UnitBoardDto['groups'][number]['cards'][number];

export const MAX_DONE_CARDS = 50;

/** Where a consultation stands: the legal-document state in which cooperators give opinions. */
const CONSULTATION_STATE = 'consultation';

interface Opinion {
  unitId?: unknown;
}

function hasGivenOpinion(card: Pick<CardDto, 'context'>, unitId: string): boolean {
  const opinions = card.context['opinions'];
  return Array.isArray(opinions) && opinions.some((opinion: Opinion) => opinion?.unitId === unitId);
}

/**
 * What the unit must do next with a card: its own work to do or to fix, an opinion it owes,
 * someone else's move to wait for, or nothing any more.
 */
export function unitBoardGroup(
  card: Pick<CardDto, 'type' | 'state' | 'column' | 'context'>,
  relation: UnitRelationToTask,
  unitId: string,
): UnitBoardGroup {
  if (card.column === 'approved' || card.column === 'cancelled') return 'done';
  if (relation === 'lead') {
    if (card.column === 'returned') return 'to_fix';
    if (card.column === 'draft' || card.column === 'waiting') return 'to_do';
    return 'waiting_for_others';
  }
  if (card.type === 'legal_document' && card.state === CONSULTATION_STATE && !hasGivenOpinion(card, unitId))
    return 'to_give_opinion';
  return 'waiting_for_others';
}

/** Earliest due date in force first, cards without one last; ties keep the order given. */
function byDue(a: UnitBoardCard, b: UnitBoardCard): number {
  if (a.due === b.due) return 0;
  if (a.due === null) return 1;
  if (b.due === null) return -1;
  return a.due.localeCompare(b.due);
}

/**
 * Every group in UNIT_BOARD_GROUPS order. Open groups sort by due date; `done` keeps the order
 * given (latest first, as read) and at most `maxDone` cards.
 */
export function groupUnitBoard(
  cards: readonly UnitBoardCard[],
  unitId: string,
  maxDone = MAX_DONE_CARDS,
): UnitBoardDto['groups'] {
  const byGroup = new Map<UnitBoardGroup, UnitBoardCard[]>(UNIT_BOARD_GROUPS.map((key) => [key, []]));
  for (const card of cards) byGroup.get(unitBoardGroup(card, card.relation, unitId))?.push(card);
  return UNIT_BOARD_GROUPS.map((key) => {
    const list = byGroup.get(key) ?? [];
    return { key, cards: key === 'done' ? list.slice(0, maxDone) : [...list].sort(byDue) };
  });
}
