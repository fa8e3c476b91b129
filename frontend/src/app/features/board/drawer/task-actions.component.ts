import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  type OnInit,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import type { CardDto, TaskDetailDto, TransitionRequest } from '@dondoc/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { DondocApi } from '../../../core/api/dondoc-api';
import { Session } from '../../../core/auth/session';
import { toApiFailure } from '../../../core/http/api-error';
import { errorText } from '../../../core/http/error-text';
import { LanguageService } from '../../../core/i18n/language.service';
import { NoticeService } from '../../../core/notify/notice.service';
import { PlansStore } from '../../plans/plans.store';
import { actingRequest, type BoardMove } from '../board-move';
import { BoardStore } from '../board-store';
import { MoveDialogComponent } from '../move-dialog.component';
import { fieldsFor } from '../move-form';
import type { PendingMove } from '../move-runner';
import { type Giver, giversOf } from '../stand-ins';
import { eventLabel } from '../workflow-labels';
import { toStandInActor, toWorkflowActor, toWorkflowTask } from '../workflow-task';
import { CollaborationApi } from './collaboration-api';
import { buttonActions, drawerActions, type DrawerActor, mayComment } from './drawer-actions';
import { TaskCommentsComponent } from './task-comments.component';

/**
 * Every step the workflow allows the user on this task, as buttons, each with its form: the
 * steps that move the card (also offered by drag and the move menu) and those that keep it in
 * its column (consultation, opinions, extensions, progress…), for the user and for each
 * colleague they stand in for. The list comes from `drawerActions`, the server's own rulebook.
 */
@Component({
  selector: 'dd-task-actions',
  imports: [TranslatePipe, MoveDialogComponent, TaskCommentsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section data-testid="task-actions" aria-labelledby="dd-task-actions-title">
      <h3 id="dd-task-actions-title" #title tabindex="-1">{{ 'drawer.actions' | translate }}</h3>
      <div class="actions">
        @for (action of buttons(); track action.event + (action.onBehalfOf?.id ?? '')) {
          <button
            type="button"
            class="action"
            data-testid="task-action"
            [attr.data-event]="action.event"
            [attr.data-on-behalf-of]="action.onBehalfOf?.id ?? null"
            [disabled]="busy()"
            (click)="choose(action)"
          >
            {{ actionName(action) }}
          </button>
        } @empty {
          <p class="none">{{ 'drawer.noActions' | translate }}</p>
        }
      </div>
      @if (problem(); as text) {
        <p class="problem" role="alert" data-testid="task-action-error">{{ text }}</p>
      }
    </section>
    @if (commentable()) {
      <dd-task-comments [taskId]="detail().card.id" [history]="detail().history" (changed)="changed.emit()" />
    }
    @if (pending(); as move) {
      <dd-move-dialog [pending]="move" (confirmed)="confirm(move, $event)" (cancelled)="cancel()" />
    }
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .action {
      min-height: 2.75rem;
    }
    .none {
      color: var(--dd-muted);
      font-size: 0.85rem;
    }
    .problem {
      color: var(--dd-warning-text);
      margin: 0.4rem 0 0;
    }
  `,
})
export class TaskActionsComponent implements OnInit {
  readonly detail = input.required<TaskDetailDto>();
  /** A step was taken: the drawer reads the task again. */
  readonly changed = output<void>();

  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly pending = signal<PendingMove | null>(null);
  private readonly givers = signal<readonly Giver[]>([]);
  private readonly title = viewChild.required<ElementRef<HTMLElement>>('title');
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  private readonly api = inject(DondocApi);
  private readonly collaboration = inject(CollaborationApi);
  private readonly plans = inject(PlansStore);
  private readonly session = inject(Session);
  private readonly notices = inject(NoticeService);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService).language;
  /** On a plan board the answer moves the card at once; elsewhere the live message does. */
  private readonly board = inject(BoardStore, { optional: true });

  /** The user first, then each colleague they stand in for (as the board's moves). */
  private readonly actors = computed<DrawerActor[]>(() => {
    const user = this.session.user();
    if (!user) return [];
    return [
      { actor: toWorkflowActor(user) },
      ...this.givers().map((giver) => ({
        actor: toStandInActor(user, giver),
        onBehalfOf: { id: giver.id, name: giver.fullName },
      })),
    ];
  });

  protected readonly actions = computed<BoardMove[]>(() => {
    const card = this.detail().card;
    const plan = this.plans.plans()?.find((candidate) => candidate.id === card.planId);
    if (!plan) return [];
    try {
      return drawerActions(toWorkflowTask(card, plan), this.actors());
    } catch {
      // A card the local engine cannot read offers nothing; the server would refuse anyway.
      return [];
    }
  });
  protected readonly buttons = computed(() => buttonActions(this.actions()));
  protected readonly commentable = computed(() => mayComment(this.actions()));

  constructor() {
    // The plans say who reviews and approves. They are read again whenever the store forgets them
    // (a session renewed after a reload resets it), or the drawer would offer nothing.
    effect(() => {
      if (this.plans.plans() === null) untracked(() => void this.plans.load().catch(() => undefined));
    });
    // Whenever the list changes (a step taken here or by someone else), a focused button that is
    // gone leaves the focus on the page behind: it comes back to the list.
    effect(() => {
      this.buttons();
      untracked(() => this.keepFocusHere());
    });
  }

  ngOnInit(): void {
    void this.loadGivers();
  }

  protected actionName(action: BoardMove): string {
    const name = eventLabel(action.event, this.language());
    return action.onBehalfOf
      ? this.text('drawer.actionOnBehalfOf', { action: name, name: action.onBehalfOf.name })
      : name;
  }

  protected choose(action: BoardMove): void {
    const card = this.detail().card;
    this.problem.set(null);
    if (fieldsFor(action).length > 0) this.pending.set({ card, move: action });
    else void this.send(card, action, { event: action.event, expectedVersion: card.version });
  }

  protected confirm(pending: PendingMove, request: TransitionRequest): void {
    this.pending.set(null);
    void this.send(pending.card, pending.move, request);
  }

  protected cancel(): void {
    this.pending.set(null);
    this.keepFocusHere();
  }

  /**
   * After a step the button that started it may be gone (the step is no longer offered): the
   * focus, which would fall to the page behind the drawer, goes to the list of actions instead.
   */
  private keepFocusHere(): void {
    afterNextRender(
      () => {
        const active = this.document.activeElement;
        if (active === null || active === this.document.body) this.title().nativeElement.focus();
      },
      { injector: this.injector },
    );
  }

  private async send(card: CardDto, move: BoardMove, request: TransitionRequest): Promise<void> {
    this.busy.set(true);
    const action = this.actionName(move);
    try {
      const answer = await this.api.transition(card.id, actingRequest(move, request));
      this.board?.applyCard(answer.card);
      this.notices.show('success', this.text('drawer.done', { action, ref: card.ref }));
      this.changed.emit();
    } catch (error) {
      const reason = errorText(toApiFailure(error), this.language(), (key, params) => this.text(key, params));
      this.problem.set(this.text('drawer.failed', { action, reason }));
    } finally {
      this.busy.set(false);
      this.keepFocusHere();
    }
  }

  private async loadGivers(): Promise<void> {
    const user = this.session.user();
    if (!user) return;
    try {
      const mine = await this.collaboration.myDelegations();
      this.givers.set(giversOf(user, mine.received));
    } catch {
      this.givers.set([]);
    }
  }

  private text(key: string, params?: Record<string, unknown>): string {
    return String(this.translate.instant(key, params));
  }
}
