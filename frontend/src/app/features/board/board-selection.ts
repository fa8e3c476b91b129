import { computed, effect, signal, untracked, type Signal } from '@angular/core';
import type { CardDto } from '@dondoc/contracts';
import { bulkTargets } from './bulk-moves';
import type { MovesOf } from './column-moves';
import type { BulkReport } from './move-runner';

/**
 * The cards ticked for a bulk move. Only the shown ones count (a filter hides, it does not
 * select); the cards a bulk move took leave the selection, the refused ones stay for another try.
 * Made in an injection context (a component's field), for its effect.
 */
export class BoardSelection {
  private readonly ids = signal<ReadonlySet<string>>(new Set());

  /** The ticked cards among the shown ones, in the plan's order. */
  readonly cards = computed(() => {
    const selected = this.ids();
    return selected.size === 0 ? [] : this.shown().filter((card) => selected.has(card.id));
  });
  /** Ids of the ticked cards that are shown. */
  readonly shownIds = computed(() => new Set(this.cards().map((card) => card.id)));
  /** Where the ticked cards can go together. */
  readonly targets = computed(() => bulkTargets(this.cards(), this.movesOf()));

  constructor(
    private readonly shown: Signal<readonly CardDto[]>,
    private readonly movesOf: Signal<MovesOf>,
    bulkReport: Signal<BulkReport | null>,
  ) {
    effect(() => {
      const report = bulkReport();
      if (!report) return;
      const moved = new Set(report.moved.map((card) => card.id));
      untracked(() => this.ids.update((ids) => new Set([...ids].filter((id) => !moved.has(id)))));
    });
  }

  toggle(card: CardDto, selected: boolean): void {
    this.ids.update((ids) => {
      const next = new Set(ids);
      if (selected) next.add(card.id);
      else next.delete(card.id);
      return next;
    });
  }

  clear(): void {
    this.ids.set(new Set());
  }
}
