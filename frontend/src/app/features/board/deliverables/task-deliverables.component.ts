import { ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, input, signal } from '@angular/core';
import {
  DELIVERABLE_ACCEPT,
  type DeliverableFileDto,
  type DeliverableFileRefDto,
  type TaskDeliverablesDto,
} from '@dondoc/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { formatDateTime } from '../../../core/format/dates';
import { toApiFailure } from '../../../core/http/api-error';
import { errorText } from '../../../core/http/error-text';
import { LanguageService } from '../../../core/i18n/language.service';
import { reloadOnTaskChange } from '../drawer/reload-on-task-change';
import { DeliverablesApi } from './deliverables-api';
import { formatFileSize } from './file-size';

/**
 * The "Sản phẩm" section of the task drawer: the lead unit attaches and removes the files of its
 * next submission; everyone who may read the task downloads the files of each submitted version
 * and sees what a version changed against the one before.
 */
@Component({
  selector: 'dd-task-deliverables',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (state(); as deliverables) {
      @if (deliverables.takesFiles) {
        <section class="deliverables" data-testid="deliverables">
          <h3>{{ 'deliverables.title' | translate }}</h3>
          @if (deliverables.canEdit) {
            <div class="draft" data-testid="deliverables-draft">
              <h4>{{ 'deliverables.draft' | translate }}</h4>
              <ul class="files">
                @for (file of deliverables.draft; track file.id) {
                  <li data-testid="draft-file">
                    <button type="button" class="link" (click)="download(file)">{{ file.name }}</button>
                    <span class="size">{{ size(file.size) }}</span>
                    <button
                      type="button"
                      class="remove"
                      data-testid="remove-file"
                      [disabled]="busy()"
                      [attr.aria-label]="'deliverables.removeLabel' | translate: { name: file.name }"
                      (click)="remove(file)"
                    >
                      {{ 'deliverables.remove' | translate }}
                    </button>
                  </li>
                } @empty {
                  <li class="none">
                    {{
                      (deliverables.limits.filesRequired
                        ? 'deliverables.noDraftRequired'
                        : 'deliverables.noDraft'
                      ) | translate
                    }}
                  </li>
                }
              </ul>
              <label class="pick" [class.disabled]="busy()">
                <input
                  type="file"
                  multiple
                  data-testid="deliverable-input"
                  [accept]="accept"
                  [disabled]="busy()"
                  (change)="upload($event)"
                />
                {{ (busy() ? 'deliverables.uploading' : 'deliverables.attach') | translate }}
              </label>
              <p class="hint">
                {{ 'deliverables.hint' | translate: { max: size(deliverables.limits.maxBytes) } }}
              </p>
            </div>
          }
          @if (problem(); as text) {
            <p class="problem" role="alert" data-testid="deliverables-error">{{ text }}</p>
          }
          @for (version of newestFirst(); track version.number) {
            <div class="version" data-testid="deliverable-version" [attr.data-version]="version.number">
              <h4>
                {{ 'deliverables.version' | translate: { number: version.number } }}
                <span class="meta"
                  >{{ 'deliverables.submittedBy' | translate: { name: version.submittedBy.name } }} ·
                  <time [attr.datetime]="version.submittedAt">{{ dateTime(version.submittedAt) }}</time></span
                >
              </h4>
              <ul class="files">
                @for (file of version.files; track file.id) {
                  <li>
                    <button type="button" class="link" (click)="download(file)">{{ file.name }}</button>
                    <span class="size">{{ size(file.size) }}</span>
                  </li>
                }
              </ul>
              @if (version.changes; as changes) {
                <dl class="changes" data-testid="deliverable-changes">
                  @if (changes.added.length) {
                    <dt class="added">{{ 'deliverables.added' | translate }}</dt>
                    <dd>{{ names(changes.added) }}</dd>
                  }
                  @if (changes.removed.length) {
                    <dt class="removed">{{ 'deliverables.removed' | translate }}</dt>
                    <dd>{{ names(changes.removed) }}</dd>
                  }
                  @if (changes.unchanged.length) {
                    <dt>{{ 'deliverables.unchanged' | translate }}</dt>
                    <dd>{{ names(changes.unchanged) }}</dd>
                  }
                </dl>
              }
            </div>
          } @empty {
            @if (!deliverables.canEdit) {
              <p class="none">{{ 'deliverables.noVersions' | translate }}</p>
            }
          }
        </section>
      }
    } @else if (failed()) {
      <p class="problem" role="alert">{{ 'deliverables.loadFailed' | translate }}</p>
    }
  `,
  styleUrl: './task-deliverables.component.css',
})
export class TaskDeliverablesComponent {
  readonly taskId = input.required<string>();
  /** The card's version: a submission or a return changes the versions and the draft. */
  readonly version = input<number | undefined>();

  protected readonly state = signal<TaskDeliverablesDto | null>(null);
  protected readonly failed = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly accept = DELIVERABLE_ACCEPT;
  protected readonly newestFirst = computed(() => [...(this.state()?.versions ?? [])].reverse());

  private readonly api = inject(DeliverablesApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService).language;
  private readonly document = inject(DOCUMENT);
  private request = 0;

  constructor() {
    reloadOnTaskChange(this.taskId, this.version, (taskId) => this.load(taskId));
  }

  protected size(bytes: number): string {
    return formatFileSize(bytes, this.language());
  }

  protected dateTime(value: string): string {
    return formatDateTime(value);
  }

  protected names(files: readonly DeliverableFileRefDto[]): string {
    return files.map((file) => file.name).join(', ');
  }

  protected async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const chosen = Array.from(input.files ?? []);
    input.value = '';
    const limits = this.state()?.limits;
    if (chosen.length === 0 || !limits) return;
    this.busy.set(true);
    this.problem.set(null);
    const taskId = this.taskId();
    try {
      for (const file of chosen) {
        if (file.size > limits.maxBytes) {
          this.problem.set(
            this.translate.instant('deliverables.tooLarge', {
              name: file.name,
              max: this.size(limits.maxBytes),
            }),
          );
          continue;
        }
        try {
          await this.api.upload(taskId, file);
        } catch (error) {
          this.problem.set(
            this.translate.instant('deliverables.uploadFailed', {
              name: file.name,
              reason: this.failureText(error),
            }),
          );
        }
      }
    } finally {
      this.busy.set(false);
      await this.load(taskId);
    }
  }

  protected async remove(file: DeliverableFileDto): Promise<void> {
    const taskId = this.taskId();
    this.busy.set(true);
    this.problem.set(null);
    try {
      await this.api.remove(taskId, file.id);
    } catch (error) {
      this.problem.set(this.failureText(error));
    } finally {
      this.busy.set(false);
      await this.load(taskId);
    }
  }

  /** Fetched with the bearer token, then handed to the browser as a short-lived object URL. */
  protected async download(file: DeliverableFileDto): Promise<void> {
    this.problem.set(null);
    try {
      const blob = await this.api.content(file.id);
      const url = URL.createObjectURL(blob);
      const link = this.document.createElement('a');
      link.href = url;
      link.download = file.name;
      link.rel = 'noopener';
      this.document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (error) {
      this.problem.set(
        this.translate.instant('deliverables.downloadFailed', {
          name: file.name,
          reason: this.failureText(error),
        }),
      );
    }
  }

  /** Why a call failed, in the user's language (the server words its reasons in Vietnamese). */
  private failureText(error: unknown): string {
    return errorText(toApiFailure(error), this.language(), (key, params) =>
      String(this.translate.instant(key, params)),
    );
  }

  private async load(taskId: string): Promise<void> {
    const request = ++this.request;
    if (this.state()?.taskId !== taskId) this.state.set(null);
    this.failed.set(false);
    try {
      const deliverables = await this.api.list(taskId);
      if (request === this.request) this.state.set(deliverables);
    } catch {
      if (request === this.request) this.failed.set(true);
    }
  }
}
