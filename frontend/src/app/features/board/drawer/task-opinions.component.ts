import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import type { TaskOpinionsDto } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { formatDate, formatDateTime } from '../../../core/format/dates';
import { CollaborationApi } from './collaboration-api';
import { reloadOnTaskChange } from './reload-on-task-change';

/** Each consulted unit's contribution (ý kiến phối hợp), shown once a consultation has started. */
@Component({
  selector: 'dd-task-opinions',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (view(); as opinions) {
      @if (opinions.total > 0) {
        <section data-testid="task-opinions">
          <h3>
            {{ 'collab.opinionsTitle' | translate }}
            <span class="count">{{ 'collab.opinionsChip' | translate: opinions }}</span>
          </h3>
          @if (opinions.deadline) {
            <p class="deadline">
              {{ 'collab.opinionsDeadline' | translate: { date: date(opinions.deadline) } }}
            </p>
          }
          <ul class="opinions">
            @for (entry of opinions.opinions; track entry.unitId) {
              <li [attr.data-status]="entry.status" data-testid="opinion-item">
                <strong>{{ entry.unitCode ?? '?' }}</strong>
                <span class="status">{{ 'collab.opinionStatus.' + entry.status | translate }}</span>
                @if (entry.at) {
                  <time [attr.datetime]="entry.at">{{ dateTime(entry.at) }}</time>
                }
                @if (entry.text && entry.status !== 'none_recorded') {
                  <p class="text">{{ entry.text }}</p>
                }
                @if (entry.byName) {
                  <p class="by">{{ 'drawer.by' | translate: { name: entry.byName } }}</p>
                }
              </li>
            }
          </ul>
        </section>
      }
    }
  `,
  styles: `
    .count {
      font-weight: normal;
      font-size: 0.8rem;
      margin-left: 0.4rem;
    }
    .opinions {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.4rem;
    }
    .opinions li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      align-items: baseline;
    }
    .status,
    time,
    .by,
    .deadline {
      font-size: 0.8rem;
      color: var(--dd-muted);
      margin: 0;
    }
    [data-status='late'] .status,
    [data-status='overdue'] .status {
      color: var(--dd-warning-text);
    }
    .text {
      flex-basis: 100%;
      margin: 0;
    }
  `,
})
export class TaskOpinionsComponent {
  readonly taskId = input.required<string>();
  /** The task's version: a newer one may carry a new opinion. */
  readonly version = input<number | undefined>();

  protected readonly view = signal<TaskOpinionsDto | null>(null);
  protected readonly date = formatDate;
  protected readonly dateTime = formatDateTime;
  private readonly api = inject(CollaborationApi);
  private request = 0;

  constructor() {
    reloadOnTaskChange(this.taskId, this.version, (taskId) => this.load(taskId));
  }

  private async load(taskId: string): Promise<void> {
    const request = ++this.request;
    try {
      const view = await this.api.opinions(taskId);
      if (request === this.request) this.view.set(view);
    } catch {
      // The drawer says when the task itself cannot be read; without opinions there is nothing to show.
      if (request === this.request) this.view.set(null);
    }
  }
}
