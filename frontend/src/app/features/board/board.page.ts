import { NgTemplateOutlet } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  signal,
  untracked,
  type OnDestroy,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { CardDto, TaskChangedMessage } from '@dondoc/contracts';
import type { BoardColumn } from '@dondoc/domain';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { map } from 'rxjs';
import { DondocApi } from '../../core/api/dondoc-api';
import { Session } from '../../core/auth/session';
import { NoticeService } from '../../core/notify/notice.service';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { AddTaskButtonComponent } from '../hand-plans/add-task-button.component';
import { PlanPickerComponent } from '../plans/plan-picker.component';
import { PlansStore } from '../plans/plans.store';
import { AsOfApi } from '../reports/as-of/as-of-api';
import { AS_OF_PARAM, asOfOfParam } from '../reports/as-of/as-of-day';
import { BoardColumnComponent, type MoveRequest, type SelectionToggle } from './board-column.component';
import { BoardFiltersComponent } from './board-filters.component';
import { afterNextPaint, BOARD_COMPLETE_MARK, BOARD_READY_MARK, mark } from './board-marks';
import { BoardPrefetch } from './board-prefetch';
import { FIRST_CARDS_PER_COLUMN } from './board-route';
import { BoardStore } from './board-store';
import { BoardToolsComponent } from './board-tools.component';
import { cardFilter, isFiltered, viewFromParams, viewToParams, type BoardView } from './board-view';
import { BulkBarComponent } from './bulk-bar.component';
import { bulkTargets, type BulkTarget } from './bulk-moves';
import { returnFocusToCard } from './card-focus';
import { AcceptedCards, columnMoves, memoizeByVersion, moveToColumn, type MovesOf } from './column-moves';
import { DragAssistDirective, type RefusedDrop } from './drag-assist.directive';
import { MoveDialogComponent } from './move-dialog.component';
import { MoveRunner } from './move-runner';
import { StandIns } from './stand-ins';
import { buildLanes, laneKeyOf, type Lane } from './swimlanes';
import { TaskDrawerComponent } from './task-drawer.component';
import { whyNotDrop, workflowMoves } from './workflow-task';

const NO_MOVES: MovesOf = () => [];
const NONE_ACCEPTED = new AcceptedCards(() => false);

/**
 * Above this many shown cards each column renders only the cards near its viewport. Below it
 * every card is in the DOM, which keeps small boards (the seed plans hold under 150 tasks)
 * fully searchable with the browser's find and fully reachable by the end-to-end tests.
 */
export const WINDOWING_THRESHOLD = 300;

/**
 * `/ke-hoach/:planId`: reads the board, keeps it live over the socket and turns drops and
 * menu choices into transitions. Cards only ever move on the server's word.
 */
@Component({
  selector: 'dd-board-page',
  imports: [
    NgTemplateOutlet,
    TranslatePipe,
    BoardColumnComponent,
    BoardFiltersComponent,
    BoardToolsComponent,
    BulkBarComponent,
    DragAssistDirective,
    MoveDialogComponent,
    PlanPickerComponent,
    TaskDrawerComponent,
    AddTaskButtonComponent,
  ],
  providers: [BoardStore, MoveRunner, StandIns],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    // A dragged card scrolled out of a windowed column is gone from the DOM and never sends
    // its dragend: the document does.
    '(document:dragend)': 'draggedCard.set(null)',
    '(document:drop)': 'draggedCard.set(null)',
  },
  templateUrl: './board.page.html',
  styleUrl: './board.page.css',
})
export class BoardPage implements OnDestroy {
  /** Bound from the route parameter. */
  readonly planId = input.required<string>();

  protected readonly store = inject(BoardStore);
  protected readonly runner = inject(MoveRunner);
  protected readonly plans = inject(PlansStore);
  private readonly api = inject(DondocApi);
  private readonly asOfApi = inject(AsOfApi);
  private readonly prefetch = inject(BoardPrefetch);
  private readonly standIns = inject(StandIns);
  private readonly session = inject(Session);
  private readonly realtime = inject(RealtimeService);
  private readonly notices = inject(NoticeService);
  private readonly translate = inject(TranslateService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  protected readonly state = signal<'loading' | 'ready' | 'failed'>('loading');
  /** The opened board has been drawn (data-board-ready, and the performance mark BOARD_READY_MARK). */
  protected readonly drawn = signal(false);
  /** Reading the rest of a big board failed; the first cards stay usable. */
  protected readonly restFailed = signal(false);
  private readonly injector = inject(Injector);
  protected readonly draggedCard = signal<CardDto | null>(null);
  /** The card whose details drawer is open. */
  protected readonly openedCard = signal<CardDto | null>(null);
  /** Remembers the card a drawer, dialog or keyboard move started from, to give it the focus back. */
  private readonly focusBackTo = returnFocusToCard({
    drawerOpen: computed(() => this.openedCard() !== null),
    dialogOpen: computed(() => this.runner.pending() !== null),
    sending: this.runner.sending,
  });
  private stopWatching: (() => void) | null = null;
  private loadGeneration = 0;

  /**
   * The column-changing moves of each card for the signed-in user, asked once per card version:
   * the user's own, and those of the colleagues the user stands in for (once their delegations
   * are read, a moment after the first cards are drawn).
   */
  protected readonly movesOf = computed<MovesOf>(() => {
    const plan = this.store.plan();
    const user = this.session.user();
    if (!plan || !user || this.asOfDay()) return NO_MOVES;
    const movesOfCard = workflowMoves(plan, user, this.standIns.givers());
    return memoizeByVersion((card) => columnMoves(card, movesOfCard(card)));
  });

  /** The day the board is shown as of (`?asOf=`, read-only), or null for the live board. */
  protected readonly asOfDay = toSignal(
    this.route.queryParamMap.pipe(map((params) => asOfOfParam(params.get(AS_OF_PARAM)))),
    { initialValue: asOfOfParam(this.route.snapshot.queryParamMap.get(AS_OF_PARAM)) },
  );

  /** Filters and swimlanes, read from the query string. */
  protected readonly view = toSignal(this.route.queryParamMap.pipe(map(viewFromParams)), {
    initialValue: viewFromParams(this.route.snapshot.queryParamMap),
  });

  /** The cards the filters let through, in the plan's order. */
  protected readonly visibleCards = computed(() => {
    const matches = cardFilter(this.view(), this.session.user()?.unit?.id ?? null);
    return this.store.sortedCards().filter(matches);
  });

  protected readonly lanes = computed(() =>
    buildLanes(
      this.visibleCards(),
      this.store.columns(),
      this.view().lanes,
      this.store.sections(),
      this.store.units(),
    ),
  );

  protected readonly canFilterMine = computed(() => !!this.session.user()?.unit);

  /** Counts the cards still to come too: a big board is windowed from its first drawing on. */
  protected readonly windowed = computed(() => this.shownCount() > WINDOWING_THRESHOLD);

  /**
   * Per lane, per column: the drop-zone types, answering for the dragged card when asked. A
   * column takes a card whose workflow leads there, and only from the card's own lane.
   */
  protected readonly acceptedIds = computed(() => {
    const movesOf = this.movesOf();
    const mode = this.view().lanes;
    const accepted = new Map<string, ReadonlyMap<BoardColumn, AcceptedCards>>();
    for (const lane of this.lanes()) {
      const byColumn = new Map<BoardColumn, AcceptedCards>();
      for (const column of this.store.columns()) {
        byColumn.set(
          column,
          new AcceptedCards((cardId) => {
            const card = this.store.card(cardId);
            return (
              card !== undefined &&
              laneKeyOf(card, mode) === lane.key &&
              moveToColumn(card, column, movesOf) !== undefined
            );
          }),
        );
      }
      accepted.set(lane.key, byColumn);
    }
    return accepted;
  });

  /**
   * The server's count per column while only the first cards of an unfiltered board are held;
   * null when the held cards tell the truth (complete board) or nothing better is known (filters).
   */
  protected readonly serverCounts = computed(() =>
    isFiltered(this.view()) ? null : this.store.columnTotals(),
  );

  /** How many shown cards each column holds, over all lanes. */
  protected readonly columnCounts = computed(() => {
    const server = this.serverCounts();
    if (server) return server;
    const counts = new Map<BoardColumn, number>();
    for (const card of this.visibleCards()) counts.set(card.column, (counts.get(card.column) ?? 0) + 1);
    return counts;
  });

  /** Cards the filters let through, counting those not loaded yet when the server's counts apply. */
  protected readonly shownCount = computed(() =>
    this.serverCounts() ? this.totalCount() : this.visibleCards().length,
  );

  /** Every card of the plan, loaded or not yet. */
  protected readonly totalCount = computed(() => {
    const totals = this.store.columnTotals();
    if (!totals) return this.store.cards().size;
    let sum = 0;
    for (const count of totals.values()) sum += count;
    return sum;
  });

  /** Ids the user ticked; only the shown ones count (a filter hides, it does not select). */
  protected readonly selectedIds = signal<ReadonlySet<string>>(new Set());
  protected readonly selectedCards = computed(() => {
    const selected = this.selectedIds();
    return selected.size === 0 ? [] : this.visibleCards().filter((card) => selected.has(card.id));
  });
  protected readonly selectedShown = computed(() => new Set(this.selectedCards().map((card) => card.id)));
  protected readonly bulkTargets = computed(() => bulkTargets(this.selectedCards(), this.movesOf()));

  constructor() {
    effect(() => {
      const planId = this.planId();
      const day = this.asOfDay();
      untracked(() => void (day ? this.openAsOf(planId, day) : this.open(planId)));
    });
    void this.plans.load().catch(() => undefined);
    // The cards a bulk move took leave the selection; the refused ones stay for another try.
    effect(() => {
      const report = this.runner.bulkReport();
      if (!report) return;
      const moved = new Set(report.moved.map((card) => card.id));
      untracked(() => this.selectedIds.update((ids) => new Set([...ids].filter((id) => !moved.has(id)))));
    });
  }

  ngOnDestroy(): void {
    this.stopWatching?.();
  }

  protected cardsOf(lane: Lane, column: BoardColumn): readonly CardDto[] {
    return lane.byColumn.get(column) ?? [];
  }

  protected acceptedBy(lane: Lane, column: BoardColumn): string[] {
    return this.acceptedIds().get(lane.key)?.get(column) ?? NONE_ACCEPTED;
  }

  protected countOf(column: BoardColumn): number {
    return this.columnCounts().get(column) ?? 0;
  }

  /** A column's count when it is more than the cards it holds (server's count of a partial board). */
  protected totalOf(column: BoardColumn): number | null {
    return this.serverCounts()?.get(column) ?? null;
  }

  /** Puts the changed filters in the URL; the board follows the URL. */
  protected changeView(change: Partial<BoardView>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: viewToParams({ ...this.view(), ...change }),
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  /** Shows the board as of a day (null: live again), in the URL so the view is a link. */
  protected changeAsOf(day: string | null): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { [AS_OF_PARAM]: day },
      queryParamsHandling: 'merge',
    });
  }

  protected onSelectionToggled({ card, selected }: SelectionToggle): void {
    this.selectedIds.update((ids) => {
      const next = new Set(ids);
      if (selected) next.add(card.id);
      else next.delete(card.id);
      return next;
    });
  }

  protected clearSelection(): void {
    this.selectedIds.set(new Set());
  }

  protected onBulkMove(target: BulkTarget): void {
    void this.runner.requestBulk(target, this.selectedCards());
  }

  protected openDetails(card: CardDto): void {
    if (this.asOfDay()) return; // the drawer acts on the task as it is now
    this.openedCard.set(card);
    this.focusBackTo(card.id);
  }

  protected onMoveRequested({ card, move }: MoveRequest): void {
    this.focusBackTo(card.id);
    this.runner.request(card, move);
  }

  protected onDropped({ cardId, column }: { cardId: string; column: BoardColumn }): void {
    this.draggedCard.set(null);
    const card = this.store.card(cardId);
    if (!card || card.column === column) return;
    const move = moveToColumn(card, column, this.movesOf());
    if (move) this.runner.request(card, move);
    else this.onRefusedDrop({ card, column });
  }

  /** A card let go over a column that does not take it: say why, on screen and to screen readers. */
  protected onRefusedDrop({ card, column }: RefusedDrop): void {
    const plan = this.store.plan();
    const user = this.session.user();
    this.runner.refuse(
      card,
      column,
      this.movesOf()(card).map((move) => move.to),
      plan && user ? whyNotDrop(card, column, plan, user) : null,
    );
  }

  protected reload(): void {
    const day = this.asOfDay();
    void (day ? this.openAsOf(this.planId(), day) : this.open(this.planId()));
  }

  protected retryRest(): void {
    void this.loadRest(this.planId(), this.loadGeneration);
  }

  /**
   * Reads the first cards of every column and draws them, follows the board live from that
   * read's cursor on, and reads the whole board in the background when there is more.
   */
  private async open(planId: string): Promise<void> {
    const generation = ++this.loadGeneration;
    this.stopWatching?.();
    this.stopWatching = null;
    this.selectedIds.set(new Set());
    this.state.set('loading');
    this.drawn.set(false);
    this.restFailed.set(false);
    try {
      const board = await (this.prefetch.take(planId) ?? this.api.boardStart(planId, FIRST_CARDS_PER_COLUMN));
      if (generation !== this.loadGeneration) return;
      this.store.loadFirstCards(board);
      this.state.set('ready');
      afterNextRender(
        () =>
          afterNextPaint(() => {
            if (generation !== this.loadGeneration) return;
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
        onRefused: (message) => this.notices.show('error', message),
      });
    } catch {
      if (generation === this.loadGeneration) this.state.set('failed');
    }
  }

  /** The board as it stood at a day's end: read once, not followed live, nothing to move. */
  private async openAsOf(planId: string, day: string): Promise<void> {
    const generation = ++this.loadGeneration;
    this.stopWatching?.();
    this.stopWatching = null;
    this.selectedIds.set(new Set());
    this.openedCard.set(null);
    this.state.set('loading');
    try {
      const board = await this.asOfApi.planBoard(planId, day);
      if (generation !== this.loadGeneration) return;
      this.store.load(board);
      this.state.set('ready');
      this.drawn.set(true);
    } catch {
      if (generation === this.loadGeneration) this.state.set('failed');
    }
  }

  /** The whole board after its first cards; live changes applied meanwhile are kept (by version). */
  private async loadRest(planId: string, generation: number): Promise<void> {
    this.restFailed.set(false);
    try {
      const board = await this.api.board(planId);
      if (generation !== this.loadGeneration) return;
      this.store.completeWith(board);
      afterNextRender(() => afterNextPaint(() => mark(BOARD_COMPLETE_MARK)), { injector: this.injector });
    } catch {
      if (generation === this.loadGeneration) this.restFailed.set(true);
    }
  }

  /** Re-reads the board in place (the socket stays joined) when too much was missed. */
  private async refresh(planId: string, generation: number): Promise<void> {
    try {
      const board = await this.api.board(planId);
      if (generation === this.loadGeneration) this.store.load(board);
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
