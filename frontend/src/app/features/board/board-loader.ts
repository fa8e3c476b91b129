import { afterNextRender, inject, Injectable, Injector, signal } from '@angular/core';
import type { TaskChangedMessage } from '@dondoc/contracts';
import { TranslateService } from '@ngx-translate/core';
import { DondocApi } from '../../core/api/dondoc-api';
import { NoticeService } from '../../core/notify/notice.service';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { AsOfApi } from '../reports/as-of/as-of-api';
import { afterNextPaint, BOARD_COMPLETE_MARK, BOARD_READY_MARK, mark } from './board-marks';
import { BoardPrefetch } from './board-prefetch';
import { FIRST_CARDS_PER_COLUMN } from './board-route';
import { BoardStore } from './board-store';
import { StandIns } from './stand-ins';

/**
 * Fills the page's BoardStore and keeps it live: the first cards of every column, then the rest
 * in the background, followed over the socket from the first read's cursor on; or the board as it
 * stood at a day's end, read once. Only the newest opening counts: an answer for a board the
 * user has left meanwhile is dropped.
 */
@Injectable()
export class BoardLoader {
  private readonly store = inject(BoardStore);
  private readonly api = inject(DondocApi);
  private readonly asOfApi = inject(AsOfApi);
  private readonly prefetch = inject(BoardPrefetch);
  private readonly standIns = inject(StandIns);
  private readonly realtime = inject(RealtimeService);
  private readonly notices = inject(NoticeService);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);

  readonly state = signal<'loading' | 'ready' | 'failed'>('loading');
  /** The opened board has been drawn (data-board-ready, and the performance mark BOARD_READY_MARK). */
  readonly drawn = signal(false);
  /** Reading the rest of a big board failed; the first cards stay usable. */
  readonly restFailed = signal(false);
  private stopWatching: (() => void) | null = null;
  private generation = 0;

  /**
   * Reads the first cards of every column and draws them, follows the board live from that
   * read's cursor on, and reads the whole board in the background when there is more.
   */
  async open(planId: string): Promise<void> {
    const generation = this.restart();
    this.drawn.set(false);
    this.restFailed.set(false);
    try {
      const board = await (this.prefetch.take(planId) ?? this.api.boardStart(planId, FIRST_CARDS_PER_COLUMN));
      if (generation !== this.generation) return;
      this.store.loadFirstCards(board);
      this.state.set('ready');
      afterNextRender(
        () =>
          afterNextPaint(() => {
            if (generation !== this.generation) return;
            mark(BOARD_READY_MARK);
            if (this.store.complete()) mark(BOARD_COMPLETE_MARK);
            this.drawn.set(true);
            // Only now: parsing the whole board, or working out a stand-in's moves on every card,
            // must not hold up drawing the first cards.
            if (!this.store.complete()) void this.loadRest(planId, generation);
            void this.standIns.load();
          }),
        { injector: this.injector },
      );
      this.stopWatching = this.realtime.watch({
        planId,
        since: () => this.store.lastEventId(),
        onChange: (message) => this.onRemoteChange(message),
        onMissed: (messages) => this.store.applyChanges(messages),
        onTooFarBehind: () => void this.refresh(planId, generation),
        onSections: (sections) => this.store.takeSections(sections),
        onRefused: (message) => this.notices.show('error', message),
      });
    } catch {
      if (generation === this.generation) this.state.set('failed');
    }
  }

  /** The board as it stood at a day's end: read once, not followed live, nothing to move. */
  async openAsOf(planId: string, day: string): Promise<void> {
    const generation = this.restart();
    try {
      const board = await this.asOfApi.planBoard(planId, day);
      if (generation !== this.generation) return;
      this.store.load(board);
      this.state.set('ready');
      this.drawn.set(true);
    } catch {
      if (generation === this.generation) this.state.set('failed');
    }
  }

  /** Tries again to read the rest of a big board. */
  retryRest(planId: string): Promise<void> {
    return this.loadRest(planId, this.generation);
  }

  /** Stops following the board live. */
  stop(): void {
    this.stopWatching?.();
    this.stopWatching = null;
  }

  /** A new opening: the previous one stops and its late answers are ignored. */
  private restart(): number {
    this.stop();
    this.state.set('loading');
    return ++this.generation;
  }

  /** The whole board after its first cards; live changes applied meanwhile are kept (by version). */
  private async loadRest(planId: string, generation: number): Promise<void> {
    this.restFailed.set(false);
    try {
      const board = await this.api.board(planId);
      if (generation !== this.generation) return;
      this.store.completeWith(board);
      afterNextRender(() => afterNextPaint(() => mark(BOARD_COMPLETE_MARK)), { injector: this.injector });
    } catch {
      if (generation === this.generation) this.restFailed.set(true);
    }
  }

  /** Re-reads the board in place (the socket stays joined) when too much was missed. */
  private async refresh(planId: string, generation: number): Promise<void> {
    try {
      const board = await this.api.board(planId);
      if (generation === this.generation) this.store.load(board);
    } catch {
      // The next reconnect or user action tries again; the board keeps what it has.
    }
  }

  /** A change pushed by the server; screen readers hear about cards that changed column. */
  private onRemoteChange(message: TaskChangedMessage): void {
    const { card } = message;
    const before = this.store.card(card.id);
    if (!this.store.applyChange(message)) return;
    if (before && before.column !== card.column) {
      const column = String(this.translate.instant(`columns.${card.column}`));
      this.notices.announce(String(this.translate.instant('move.moved', { ref: card.ref, column })));
    }
  }
}
