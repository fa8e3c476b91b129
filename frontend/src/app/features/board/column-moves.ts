import type { CardDto } from '@dondoc/contracts';
import type { BoardColumn } from '@dondoc/domain';
import type { BoardMove } from './board-move';

/** The moves a card may make, as the board asks for them (a stand-in's included). */
export type MovesOf = (card: CardDto) => readonly BoardMove[];

/**
 * The moves that take the card to another column, one per target column (the first listed wins:
 * the user's own move before one made for a colleague). Moves that stay in the column (comments,
 * opinions) are not drops.
 */
export function columnMoves(card: CardDto, moves: readonly BoardMove[]): BoardMove[] {
  const seen = new Set<BoardColumn>();
  return moves.filter((move) => {
    if (move.to === card.column || seen.has(move.to)) return false;
    seen.add(move.to);
    return true;
  });
}

/** The move a drop of the card on the column would make, if any. */
export function moveToColumn(card: CardDto, column: BoardColumn, movesOf: MovesOf): BoardMove | undefined {
  return columnMoves(card, movesOf(card)).find((move) => move.to === column);
}

/** The columns that accept the card: the drop targets highlighted while it is dragged. */
export function dropTargets(card: CardDto, movesOf: MovesOf): ReadonlySet<BoardColumn> {
  return new Set(columnMoves(card, movesOf(card)).map((move) => move.to));
}

/**
 * For each column, the ids of the cards it accepts. Bound to ngx-drag-drop's `dndDropzone`
 * types (each card drags with its id as type), so a column refuses a card from the first
 * dragover on, without waiting for change detection to notice the drag.
 */
export function acceptedCardIds(
  cards: Iterable<CardDto>,
  columns: readonly BoardColumn[],
  movesOf: MovesOf,
): ReadonlyMap<BoardColumn, string[]> {
  const accepted = new Map<BoardColumn, string[]>(columns.map((column) => [column, []]));
  for (const card of cards) {
    for (const column of dropTargets(card, movesOf)) accepted.get(column)?.push(card.id);
  }
  return accepted;
}

/**
 * Remembers each card's moves until the card changes: a board of a thousand cards asks the
 * workflow engine once per card version, not once per render.
 */
export function memoizeByVersion(compute: MovesOf): MovesOf {
  const cache = new Map<string, { card: CardDto; moves: readonly BoardMove[] }>();
  return (card) => {
    const hit = cache.get(card.id);
    if (hit && hit.card.version === card.version && hit.card.state === card.state) return hit.moves;
    const moves = compute(card);
    cache.set(card.id, { card, moves });
    return moves;
  };
}

/**
 * The drop-zone types of a column, decided when asked. ngx-drag-drop checks a drag with
 * `Array.isArray(types)` and `types.indexOf(cardType)`, so this array answers for the dragged
 * card at the moment of the dragover: no list of ten thousand ids built up front (the workflow
 * engine costs milliseconds per card), and no wait for change detection after the drag starts.
 */
export class AcceptedCards extends Array<string> {
  // Array methods that build a new array (slice, map…) build a plain one.
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  constructor(private readonly accepts: (cardId: string) => boolean) {
    super();
  }

  override indexOf(cardId: string): number {
    return this.accepts(cardId) ? 0 : -1;
  }

  override includes(cardId: string): boolean {
    return this.accepts(cardId);
  }
}
