import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { COMMENT_MAX_LENGTH, type TaskEventDto } from '@dondoc/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { formatDateTime } from '../../../core/format/dates';
import { toApiFailure } from '../../../core/http/api-error';
import { errorText } from '../../../core/http/error-text';
import { LanguageService } from '../../../core/i18n/language.service';
import { CollaborationApi } from './collaboration-api';

/**
 * Comments on a task, newest first, and a box to add one. "@username" mentions are resolved by
 * the server. The list is the task's history, which the drawer reads again on every live change.
 */
@Component({
  selector: 'dd-task-comments',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section data-testid="task-comments">
      <h3>{{ 'collab.commentsTitle' | translate }}</h3>
      <form (submit)="$event.preventDefault(); post()">
        <textarea
          rows="2"
          data-testid="comment-text"
          [attr.aria-label]="'collab.commentsTitle' | translate"
          [attr.aria-describedby]="'dd-comment-length'"
          [attr.aria-invalid]="over() > 0 ? true : null"
          [attr.placeholder]="'collab.commentPlaceholder' | translate"
          [value]="text()"
          (input)="text.set($any($event.target).value)"
        ></textarea>
        <p id="dd-comment-length" class="length" data-testid="comment-length" [class.over]="over() > 0">
          @if (over() > 0) {
            {{ 'collab.commentTooLong' | translate: { max: max, over: over() } }}
          } @else {
            {{ 'collab.commentLength' | translate: { count: text().length, max: max } }}
          }
        </p>
        <button type="submit" data-testid="comment-send" [disabled]="busy() || !text().trim() || over() > 0">
          {{ 'collab.commentSend' | translate }}
        </button>
      </form>
      @if (problem()) {
        <p class="problem" role="alert">{{ problem() }}</p>
      }
      <ol class="comments">
        @for (entry of comments(); track entry.id) {
          <li data-testid="comment-item">
            <div class="who">
              <strong>{{ entry.actor.name }}</strong>
              · <time [attr.datetime]="entry.at">{{ dateTime(entry.at) }}</time>
            </div>
            <p class="text">{{ entry.comment }}</p>
          </li>
        } @empty {
          <li class="none">{{ 'collab.noComments' | translate }}</li>
        }
      </ol>
    </section>
  `,
  styles: `
    form {
      display: grid;
      gap: 0.4rem;
    }
    textarea {
      width: 100%;
      box-sizing: border-box;
      font: inherit;
    }
    button {
      justify-self: end;
      min-height: 2.75rem;
    }
    .length {
      margin: 0;
      font-size: 0.8rem;
      color: var(--dd-muted);
    }
    .length.over {
      color: var(--dd-warning-text);
    }
    .comments {
      list-style: none;
      margin: 0.5rem 0 0;
      padding: 0;
      display: grid;
      gap: 0.4rem;
    }
    .who,
    .none {
      font-size: 0.8rem;
      color: var(--dd-muted);
    }
    .text {
      margin: 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .problem {
      color: var(--dd-warning-text);
    }
  `,
})
export class TaskCommentsComponent {
  readonly taskId = input.required<string>();
  readonly history = input.required<readonly TaskEventDto[]>();
  /** A comment was posted: the drawer reads the task again. */
  readonly changed = output<void>();

  protected readonly comments = computed(() => this.history().filter((entry) => entry.event === 'COMMENT'));
  protected readonly text = signal('');
  protected readonly max = COMMENT_MAX_LENGTH;
  /** Characters beyond the limit: the box says how many to cut before it sends. */
  protected readonly over = computed(() => Math.max(0, this.text().length - COMMENT_MAX_LENGTH));
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly dateTime = formatDateTime;
  private readonly api = inject(CollaborationApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService).language;

  protected async post(): Promise<void> {
    const text = this.text().trim();
    if (!text || this.over() > 0) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      await this.api.comment(this.taskId(), text);
      this.text.set('');
      this.changed.emit();
    } catch (error) {
      const reason = errorText(toApiFailure(error), this.language(), (key, params) =>
        String(this.translate.instant(key, params)),
      );
      this.problem.set(this.translate.instant('collab.failed', { reason }) as string);
    } finally {
      this.busy.set(false);
    }
  }
}
