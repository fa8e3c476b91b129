import { Injectable, computed, signal } from '@angular/core';
import type {
  BoardDto,
  BoardSectionDto,
  CardDto,
  PlanSummaryDto,
  TaskChangedMessage,
  UnitDto,
} from '@dondoc/contracts';
import { HAND_TASK_EVENTS } from '@dondoc/contracts';
import { BOARD_COLUMNS, type BoardColumn } from '@dondoc/domain';
import { columnOf } from '@dondoc/workflows';
import { newestEventId } from './event-ids';

/** One collator for every comparison: `localeCompare` with a locale builds one per call (seconds at 10,000 cards). */
const REF_ORDER = new Intl.Collator('vi', { numeric: true });
const ID_ORDER = new Intl.Collator();

/** Cards sort like the plan's tables: "2" before "10", "1.2" before "1.10". */
const byRef = (a: CardDto, b: CardDto) => REF_ORDER.compare(a.ref, b.ref) || ID_ORDER.compare(a.id, b.id);

/** The column a change took a card from, when the event names a state its type knows; none for a new task. */
function columnBefore(change: TaskChangedMessage): BoardColumn | null {
  if (change.event.event === HAND_TASK_EVENTS.created) return null;
  try {
    return columnOf(change.card.type, change.event.fromState);
  } catch {
    return null;
  }
}

/**
 * The cards of one board, keyed by id. Cards only change through `load`, `loadFirstCards`,
 * `completeWith` and `apply*`, which take a card only when its version is newer than the one held:
 * answers, socket pushes and replays after a reconnect can arrive in any order and the newest
 * always wins.
 *
 * A big board arrives in two parts: the first cards of every column with every column's total
 * (`loadFirstCards`), then the whole board (`completeWith`). In between the board is not
 * `complete`, and `columnTotals` holds the server's totals, moved along by every change applied.
 */
@Injectable()
export class BoardStore {
  private readonly cardsById = signal<ReadonlyMap<string, CardDto>>(new Map());
  private readonly planValue = signal<PlanSummaryDto | null>(null);
  private readonly columnsValue = signal<readonly BoardColumn[]>(BOARD_COLUMNS);
  private readonly unitsValue = signal<readonly UnitDto[]>([]);
  private readonly sectionsValue = signal<readonly BoardSectionDto[]>([]);
  private readonly lastEventIdValue = signal<string | null>(null);
  private readonly completeValue = signal(true);
  private readonly totalsValue = signal<ReadonlyMap<BoardColumn, number> | null>(null);

  readonly cards = this.cardsById.asReadonly();
  readonly plan = this.planValue.asReadonly();
  readonly columns = this.columnsValue.asReadonly();
  readonly units = this.unitsValue.asReadonly();
  readonly sections = this.sectionsValue.asReadonly();
  /** The newest event this board has seen: where a reconnect resumes. */
  readonly lastEventId = this.lastEventIdValue.asReadonly();
  /** False while only the first cards of a big board are held. */
  readonly complete = this.completeValue.asReadonly();
  /** Cards per column on the server while the board is not complete (null once it is). */
  readonly columnTotals = this.totalsValue.asReadonly();

  /** Every card in the plan's order, the order of each column and lane. */
  readonly sortedCards = computed<readonly CardDto[]>(() => [...this.cardsById().values()].sort(byRef));

  readonly cardsByColumn = computed(() => {
    const grouped = new Map<BoardColumn, CardDto[]>(this.columnsValue().map((column) => [column, []]));
    for (const card of this.sortedCards()) grouped.get(card.column)?.push(card);
    return grouped as ReadonlyMap<BoardColumn, readonly CardDto[]>;
  });

  /** Replaces everything with a freshly read whole board. */
  load(board: BoardDto): void {
    this.takeFrame(board);
    this.cardsById.set(new Map(board.cards.map((card) => [card.id, card])));
    this.lastEventIdValue.set(board.cursor);
    this.completeValue.set(true);
    this.totalsValue.set(null);
  }

  /**
   * Replaces everything with the first cards of every column (`?perColumn=`); the board is
   * complete already when no column holds more than that.
   */
  loadFirstCards(board: BoardDto): void {
    this.takeFrame(board);
    const cards = new Map(board.cards.map((card) => [card.id, card]));
    this.cardsById.set(cards);
    this.lastEventIdValue.set(board.cursor);
    const totals = new Map(Object.entries(board.columnTotals ?? {}) as [BoardColumn, number][]);
    const complete = [...totals.values()].reduce((sum, count) => sum + count, 0) <= cards.size;
    this.completeValue.set(complete);
    this.totalsValue.set(complete ? null : totals);
  }

  /**
   * Takes the whole board after `loadFirstCards`. A card held in a newer version (a live change
   * that overtook the read) stays, and so does a card the read did not see yet; the board resumes
   * from whichever of its cursor and the newest event seen is later, since every change up to
   * either is in the cards held now.
   */
  completeWith(board: BoardDto): void {
    this.takeFrame(board);
    const held = this.cardsById();
    const merged = new Map(held);
    for (const card of board.cards) {
      const mine = held.get(card.id);
      if (!mine || mine.version < card.version) merged.set(card.id, card);
    }
    this.cardsById.set(merged);
    if (board.cursor !== null) this.noteEvent(board.cursor);
    this.completeValue.set(true);
    this.totalsValue.set(null);
  }

  card(id: string): CardDto | undefined {
    return this.cardsById().get(id);
  }

  /**
   * Takes the card if it belongs to this board and is newer than the one held; true when taken.
   * `from` is the column the card left, for a card not held while the board is incomplete.
   */
  applyCard(card: CardDto, from: BoardColumn | null = null): boolean {
    const plan = this.planValue();
    if (plan && card.planId !== plan.id) return false;
    const held = this.cardsById().get(card.id);
    if (held && held.version >= card.version) return false;
    this.cardsById.update((cards) => new Map(cards).set(card.id, card));
    this.moveTotal(held ? held.column : from, card.column);
    return true;
  }

  /** A change pushed by the server or returned by a transition; true when the card moved forward. */
  applyChange(change: TaskChangedMessage): boolean {
    if (this.planValue() && change.event.planId !== this.planValue()?.id) return false;
    this.noteEvent(change.event.id);
    return this.applyCard(change.card, columnBefore(change));
  }

  /** The plan's sections as they now stand (a revision renamed or added some), pushed by the server. */
  takeSections(sections: readonly BoardSectionDto[]): void {
    this.sectionsValue.set(sections);
  }

  /** Applies the changes missed while disconnected, in any order. */
  applyChanges(changes: readonly TaskChangedMessage[]): CardDto[] {
    return changes.filter((change) => this.applyChange(change)).map((change) => change.card);
  }

  noteEvent(eventId: string): void {
    this.lastEventIdValue.update((current) => newestEventId(current, eventId));
  }

  private takeFrame(board: BoardDto): void {
    this.planValue.set(board.plan);
    this.columnsValue.set(board.columns);
    this.unitsValue.set(board.units);
    this.sectionsValue.set(board.sections);
  }

  /** Keeps the server's totals true while incomplete: a card left `from` (null: it is new) for `to`. */
  private moveTotal(from: BoardColumn | null, to: BoardColumn): void {
    if (from === to) return;
    this.totalsValue.update((totals) => {
      if (!totals) return totals;
      const next = new Map(totals);
      if (from !== null) next.set(from, Math.max(0, (next.get(from) ?? 0) - 1));
      next.set(to, (next.get(to) ?? 0) + 1);
      return next;
    });
  }
}
