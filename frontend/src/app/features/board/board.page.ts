import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  type OnDestroy,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { CardDto } from '@dondoc/contracts';
import type { BoardColumn } from '@dondoc/domain';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import { Session } from '../../core/auth/session';
import { AddTaskButtonComponent } from '../hand-plans/add-task-button.component';
import { PlanPickerComponent } from '../plans/plan-picker.component';
import { PlansStore } from '../plans/plans.store';
import { AS_OF_PARAM, asOfOfParam } from '../reports/as-of/as-of-day';
import { BoardColumnComponent, type MoveRequest, type SelectionToggle } from './board-column.component';
import { BoardCounts } from './board-counts';
import { BoardFiltersComponent } from './board-filters.component';
import { BoardLoader } from './board-loader';
import { BoardSelection } from './board-selection';
import { BoardStore } from './board-store';
import { BoardToolsComponent } from './board-tools.component';
import { cardFilter, viewFromParams, viewToParams, type BoardView } from './board-view';
import { BulkBarComponent } from './bulk-bar.component';
import type { BulkTarget } from './bulk-moves';
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
  providers: [BoardStore, BoardLoader, MoveRunner, StandIns],
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
  private readonly standIns = inject(StandIns);
  private readonly session = inject(Session);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  private readonly loader = inject(BoardLoader);
  protected readonly state = this.loader.state;
  protected readonly drawn = this.loader.drawn;
  protected readonly restFailed = this.loader.restFailed;
  protected readonly draggedCard = signal<CardDto | null>(null);
  /** The card whose details drawer is open. */
  protected readonly openedCard = signal<CardDto | null>(null);
  /** Remembers the card a drawer, dialog or keyboard move started from, to give it the focus back. */
  private readonly focusBackTo = returnFocusToCard({
    drawerOpen: computed(() => this.openedCard() !== null),
    dialogOpen: computed(() => this.runner.pending() !== null),
    sending: this.runner.sending,
  });

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

  /** Cards shown per column and in all. */
  protected readonly counts = new BoardCounts(this.store, this.view, this.visibleCards);

  /** Counts the cards still to come too: a big board is windowed from its first drawing on. */
  protected readonly windowed = computed(() => this.counts.shown() > WINDOWING_THRESHOLD);

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

  /** The cards ticked for a bulk move. */
  protected readonly selection = new BoardSelection(this.visibleCards, this.movesOf, this.runner.bulkReport);

  constructor() {
    effect(() => {
      const planId = this.planId();
      const day = this.asOfDay();
      untracked(() => this.openBoard(planId, day));
    });
    void this.plans.load().catch(() => undefined);
  }

  ngOnDestroy(): void {
    this.loader.stop();
  }

  protected cardsOf(lane: Lane, column: BoardColumn): readonly CardDto[] {
    return lane.byColumn.get(column) ?? [];
  }

  protected acceptedBy(lane: Lane, column: BoardColumn): string[] {
    return this.acceptedIds().get(lane.key)?.get(column) ?? NONE_ACCEPTED;
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
    this.selection.toggle(card, selected);
  }

  protected onBulkMove(target: BulkTarget): void {
    void this.runner.requestBulk(target, this.selection.cards());
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
    this.openBoard(this.planId(), this.asOfDay());
  }

  protected retryRest(): void {
    void this.loader.retryRest(this.planId());
  }

  /** The live board, or the board as of a day; a new board starts with nothing ticked. */
  private openBoard(planId: string, day: string | null): void {
    this.selection.clear();
    if (day) {
      this.openedCard.set(null);
      void this.loader.openAsOf(planId, day);
    } else void this.loader.open(planId);
  }
}
