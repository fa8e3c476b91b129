import { computed, type Signal } from '@angular/core';
import type { CardDto } from '@dondoc/contracts';
import type { BoardColumn } from '@dondoc/domain';
import type { BoardStore } from './board-store';
import { isFiltered, type BoardView } from './board-view';

/**
 * How many cards a board shows, per column and in all: what the cards held say, or, while only
 * the first cards of an unfiltered big board are held, the server's totals.
 */
export class BoardCounts {
  /**
   * The server's count per column while only the first cards of an unfiltered board are held;
   * null when the held cards tell the truth (complete board) or nothing better is known (filters).
   */
  readonly server = computed(() => (isFiltered(this.view()) ? null : this.store.columnTotals()));

  /** How many shown cards each column holds, over all lanes. */
  readonly perColumn = computed(() => {
    const server = this.server();
    if (server) return server;
    const counts = new Map<BoardColumn, number>();
    for (const card of this.visibleCards()) counts.set(card.column, (counts.get(card.column) ?? 0) + 1);
    return counts as ReadonlyMap<BoardColumn, number>;
  });

  /** Every card of the plan, loaded or not yet. */
  readonly total = computed(() => {
    const totals = this.store.columnTotals();
    if (!totals) return this.store.cards().size;
    let sum = 0;
    for (const count of totals.values()) sum += count;
    return sum;
  });

  /** Cards the filters let through, counting those not loaded yet when the server's counts apply. */
  readonly shown = computed(() => (this.server() ? this.total() : this.visibleCards().length));

  constructor(
    private readonly store: BoardStore,
    private readonly view: Signal<BoardView>,
    private readonly visibleCards: Signal<readonly CardDto[]>,
  ) {}

  /** A column's shown cards. */
  of(column: BoardColumn): number {
    return this.perColumn().get(column) ?? 0;
  }

  /** A column's count when it is more than the cards it holds (server's count of a partial board). */
  serverTotalOf(column: BoardColumn): number | null {
    return this.server()?.get(column) ?? null;
  }
}
