import { CdkTrapFocus } from '@angular/cdk/a11y';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { TaskDetailDto } from '@dondoc/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { DondocApi } from '../../core/api/dondoc-api';
import { formatDate, formatDateTime } from '../../core/format/dates';
import { LanguageService } from '../../core/i18n/language.service';
import { CorrectionChangesComponent } from '../hand-plans/correction-changes.component';
import { EditTaskButtonComponent } from '../hand-plans/edit-task-button.component';
import { TaskDeliverablesComponent } from './deliverables/task-deliverables.component';
import { onBehalfOfName } from './drawer/collaboration-api';
import { ExtensionStatusComponent } from './drawer/extension-status.component';
import { reloadOnTaskChange } from './drawer/reload-on-task-change';
import { TaskActionsComponent } from './drawer/task-actions.component';
import { TaskOpinionsComponent } from './drawer/task-opinions.component';
import { eventLabel, stateLabel } from './workflow-labels';

/** A side panel with the task's content and its history, re-read whenever the card changes. */
@Component({
  selector: 'dd-task-drawer',
  imports: [
    CdkTrapFocus,
    TranslatePipe,
    TaskDeliverablesComponent,
    TaskOpinionsComponent,
    ExtensionStatusComponent,
    TaskActionsComponent,
    EditTaskButtonComponent,
    CorrectionChangesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Focus is trapped inside, so Escape reaches the drawer; a dialog opened from it stops its own.
  host: { '(keydown.escape)': 'closed.emit()' },
  template: `
    <div class="backdrop" aria-hidden="true" (click)="closed.emit()"></div>
    <aside
      cdkTrapFocus
      [cdkTrapFocusAutoCapture]="true"
      class="drawer"
      role="dialog"
      aria-modal="true"
      aria-labelledby="dd-drawer-title"
      data-testid="task-drawer"
    >
      <header class="head">
        <h2 id="dd-drawer-title">{{ 'drawer.title' | translate: { ref: cardRef() } }}</h2>
        <button
          type="button"
          #closeButton
          class="close"
          data-testid="drawer-close"
          [attr.aria-label]="'app.close' | translate"
          (click)="closed.emit()"
        >
          ×
        </button>
      </header>
      @if (detail(); as task) {
        <p class="state">{{ stateName(task.card.state) }}</p>
        <section>
          <h3>{{ 'drawer.content' | translate }}</h3>
          <p class="content">{{ task.content || task.card.title }}</p>
        </section>
        @if (task.deliverable) {
          <section>
            <h3>{{ 'drawer.deliverable' | translate }}</h3>
            <p>{{ task.deliverable }}</p>
          </section>
        }
        @if (deliverableRef(task); as reference) {
          <section data-testid="deliverable-ref">
            <h3>{{ 'drawer.deliverableRef' | translate }}</h3>
            <p>{{ reference }}</p>
          </section>
        }
        <section>
          <h3>{{ 'card.deadline' | translate }}</h3>
          <p>
            {{ task.card.deadlineText }}
            @if (task.card.due) {
              <strong>{{ date(task.card.due) }}</strong>
            }
          </p>
        </section>
        @if (task.budgetText) {
          <section>
            <h3>{{ 'drawer.budget' | translate }}</h3>
            <p>{{ task.budgetText }}</p>
          </section>
        }
        <dd-task-deliverables [taskId]="task.card.id" [version]="task.card.version" />
        <dd-task-opinions [taskId]="task.card.id" [version]="task.card.version" />
        <dd-extension-status [detail]="task" />
        <dd-task-actions [detail]="task" (changed)="reload()" />
        <dd-edit-task-button [detail]="task" (changed)="reload()" />
        <section>
          <h3>{{ 'drawer.history' | translate }}</h3>
          <ol class="history">
            @for (entry of task.history; track entry.id) {
              <li data-testid="history-item">
                <div class="what">
                  <strong>{{ eventName(entry.event) }}</strong>
                  <span class="arrow">{{ stateName(entry.fromState) }} → {{ stateName(entry.toState) }}</span>
                </div>
                <div class="who">
                  @if (onBehalfOf(entry.payload); as principal) {
                    <span data-testid="history-on-behalf">{{
                      'collab.onBehalfOf' | translate: { name: entry.actor.name, principal: principal }
                    }}</span>
                  } @else {
                    {{ 'drawer.by' | translate: { name: entry.actor.name } }}
                  }
                  @if (entry.actor.unitCode) {
                    ({{ entry.actor.unitCode }})
                  }
                  · <time [attr.datetime]="entry.at">{{ dateTime(entry.at) }}</time>
                </div>
                @if (entry.comment) {
                  <p class="comment">{{ entry.comment }}</p>
                }
                @if (entry.event === 'EDIT_TASK') {
                  <dd-correction-changes [payload]="entry.payload" />
                }
              </li>
            } @empty {
              <li class="none">{{ 'drawer.noHistory' | translate }}</li>
            }
          </ol>
        </section>
      } @else if (failed()) {
        <p class="status" role="alert">{{ 'drawer.loadFailed' | translate }}</p>
      } @else {
        <p class="status" role="status">{{ 'app.loading' | translate }}</p>
      }
    </aside>
  `,
  styleUrl: './task-drawer.component.css',
})
export class TaskDrawerComponent {
  readonly taskId = input.required<string>();
  readonly cardRef = input.required<string>();
  /** The card's version on the board: a newer one means new history to read. */
  readonly version = input<number | undefined>();
  readonly closed = output<void>();

  protected readonly detail = signal<TaskDetailDto | null>(null);
  protected readonly failed = signal(false);
  protected readonly date = formatDate;
  protected readonly dateTime = formatDateTime;
  private readonly api = inject(DondocApi);
  private readonly language = inject(LanguageService).language;
  private readonly translate = inject(TranslateService);
  private request = 0;

  private readonly closeButton = viewChild.required<ElementRef<HTMLButtonElement>>('closeButton');

  constructor() {
    // Into the drawer at once, whatever the focus trap finds tabbable while the task is loading.
    afterNextRender(() => this.closeButton().nativeElement.focus());
    reloadOnTaskChange(this.taskId, this.version, (taskId) => this.load(taskId));
  }

  protected eventName(event: string): string {
    const correction = `handPlans.events.${event}`;
    const translated = this.translate.instant(correction) as string;
    return translated !== correction ? translated : eventLabel(event, this.language());
  }

  /** The reference typed in the submit dialog (số, ký hiệu), kept in the workflow's context. */
  protected deliverableRef(task: TaskDetailDto): string | null {
    const reference = task.context['deliverableRef'] ?? task.card.context['deliverableRef'];
    return typeof reference === 'string' && reference.trim() !== '' ? reference : null;
  }

  protected onBehalfOf(payload: Record<string, unknown> | null): string | null {
    return onBehalfOfName(payload);
  }

  /** A drawer section changed the task: read it again (the live message may come later). */
  protected reload(): void {
    void this.load(this.taskId());
  }

  protected stateName(state: string): string {
    return stateLabel(state, this.language());
  }

  private async load(taskId: string): Promise<void> {
    const request = ++this.request;
    if (this.detail()?.card.id !== taskId) this.detail.set(null);
    this.failed.set(false);
    try {
      const detail = await this.api.task(taskId);
      if (request !== this.request) return;
      // Newest first: the reader wants to know what just happened.
      this.detail.set({ ...detail, history: [...detail.history].reverse() });
    } catch {
      if (request === this.request) this.failed.set(true);
    }
  }
}
