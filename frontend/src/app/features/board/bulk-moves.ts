import type { CardDto } from '@dondoc/contracts';
import { BOARD_COLUMNS, type BoardColumn } from '@dondoc/domain';
import type { ActingFor, BoardMove } from './board-move';
import { columnMoves, type MovesOf } from './column-moves';
import { fieldsFor } from './move-form';

/** A column every selected card may go to, with each card's own move there. */
export interface BulkTarget {
  column: BoardColumn;
  /** Card id → the move that takes that card to the column (events may differ per card type). */
  moves: ReadonlyMap<string, BoardMove>;
  /** Keys of the dialog inputs the move needs; the same for every card, asked once. */
  fieldKeys: readonly string[];
  /** The colleagues some of the cards are moved for (a stand-in's moves), each once; said on the button. */
  onBehalfOf: readonly ActingFor[];
}

const fieldKeysOf = (move: BoardMove): string[] => fieldsFor(move).map((field) => field.key);
const sameKeys = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((key, index) => key === b[index]);

function actingFor(moves: ReadonlyMap<string, BoardMove>): ActingFor[] {
  const people = new Map<string, ActingFor>();
  for (const { onBehalfOf } of moves.values()) if (onBehalfOf) people.set(onBehalfOf.id, onBehalfOf);
  return [...people.values()];
}

/**
 * The columns a bulk move may offer: the intersection of the column moves of every selected card,
 * kept only where the moves ask the dialog for the same inputs (one dialog fills them all).
 * In board order; none for an empty selection.
 */
export function bulkTargets(cards: readonly CardDto[], movesOf: MovesOf): BulkTarget[] {
  if (cards.length === 0) return [];
  const perCard = cards.map((card) => ({
    card,
    byColumn: new Map(columnMoves(card, movesOf(card)).map((move) => [move.to, move])),
  }));
  const targets: BulkTarget[] = [];
  for (const column of BOARD_COLUMNS) {
    const moves = new Map<string, BoardMove>();
    let fieldKeys: string[] | null = null;
    let allowed = true;
    for (const { card, byColumn } of perCard) {
      const move = byColumn.get(column);
      const keys = move ? fieldKeysOf(move) : null;
      if (!move || !keys || (fieldKeys !== null && !sameKeys(fieldKeys, keys))) {
        allowed = false;
        break;
      }
      fieldKeys ??= keys;
      moves.set(card.id, move);
    }
    if (allowed) targets.push({ column, moves, fieldKeys: fieldKeys ?? [], onBehalfOf: actingFor(moves) });
  }
  return targets;
}
