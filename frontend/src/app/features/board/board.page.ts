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
import type { CardDto, TaskChangedMessage } from '@dondoc/contracts';
import type { BoardColumn } from '@dondoc/domain';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { DondocApi } from '../../core/api/dondoc-api';
import { Session } from '../../core/auth/session';
import { NoticeService } from '../../core/notify/notice.service';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { PlanPickerComponent } from '../plans/plan-picker.component';
import { PlansStore } from '../plans/plans.store';
import { BoardColumnComponent, type MoveRequest } from './board-column.component';
import { BoardStore } from './board-store';
import { acceptedCardIds, columnMoves, memoizeByVersion, moveToColumn, type MovesOf } from './column-moves';
import { MoveDialogComponent } from './move-dialog.component';
import { MoveRunner } from './move-runner';
import { TaskDrawerComponent } from './task-drawer.component';
import { workflowMoves } from './workflow-task';

const NO_MOVES: MovesOf = () => [];

/**
 * `/ke-hoach/:planId`: reads the board, keeps it live over the socket and turns drops and
 * menu choices into transitions. Cards only ever move on the server's word.
 */
@Component({
  selector: 'dd-board-page',
  imports: [
    TranslatePipe,
    BoardColumnComponent,
    MoveDialogComponent,
    PlanPickerComponent,
    TaskDrawerComponent,
  ],
  providers: [BoardStore, MoveRunner],
  changeDetection: ChangeDetectionStrategy.OnPush,
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
  private readonly session = inject(Session);
  private readonly realtime = inject(RealtimeService);
  private readonly notices = inject(NoticeService);
  private readonly translate = inject(TranslateService);

  protected readonly state = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly draggedCard = signal<CardDto | null>(null);
  /** The card whose details drawer is open. */
  protected readonly openedCard = signal<CardDto | null>(null);
  private stopWatching: (() => void) | null = null;
  private loadGeneration = 0;

  /** The column-changing moves of each card for the signed-in user, asked once per card version. */
  protected readonly movesOf = computed<MovesOf>(() => {
    const plan = this.store.plan();
    const user = this.session.user();
    if (!plan || !user) return NO_MOVES;
    return memoizeByVersion((card) => columnMoves(card, workflowMoves(card, plan, user)));
  });

  protected readonly acceptedIds = computed(() =>
    acceptedCardIds(this.store.cards().values(), this.store.columns(), this.movesOf()),
  );

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.open(planId));
    });
    void this.plans.load().catch(() => undefined);
  }

  ngOnDestroy(): void {
    this.stopWatching?.();
  }

  protected cardsOf(column: BoardColumn): readonly CardDto[] {
    return this.store.cardsByColumn().get(column) ?? [];
  }

  protected acceptedBy(column: BoardColumn): string[] {
    return this.acceptedIds().get(column) ?? [];
  }

  protected onMoveRequested({ card, move }: MoveRequest): void {
    this.runner.request(card, move);
  }

  protected onDropped({ cardId, column }: { cardId: string; column: BoardColumn }): void {
    this.draggedCard.set(null);
    const card = this.store.card(cardId);
    if (!card || card.column === column) return;
    const move = moveToColumn(card, column, this.movesOf());
    if (move) this.runner.request(card, move);
    else this.runner.refuse(card, column);
  }

  protected reload(): void {
    void this.open(this.planId());
  }

  /** Reads the board, then follows it live from the board's cursor on. */
  private async open(planId: string): Promise<void> {
    const generation = ++this.loadGeneration;
    this.stopWatching?.();
    this.stopWatching = null;
    this.state.set('loading');
    try {
      const board = await this.api.board(planId);
      if (generation !== this.loadGeneration) return;
      this.store.load(board);
      this.state.set('ready');
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
