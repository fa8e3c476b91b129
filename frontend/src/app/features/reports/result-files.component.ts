import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { DELIVERABLE_ACCEPT, type ResultFileDto } from '@dondoc/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { LanguageService } from '../../core/i18n/language.service';
import { NoticeService } from '../../core/notify/notice.service';
import { formatFileSize } from '../board/deliverables/file-size';
import { saveFile } from './download';
import { injectFailureNotice } from './report-failure';
import { ReportsApi } from './reports-api';

/**
 * The files of one result line of a round part: each to download, and while the part is the
 * unit's to edit, a file picker (a real, labelled file input: keyboard and screen readers reach
 * it) and a remove button per file. Refusals (too big, wrong type, handed in) are told through the
 * reports' failure notice in the user's language. Văn phòng's panel shows the same list, read-only.
 */
@Component({
  selector: 'dd-result-files',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="result-files" data-testid="result-files">
      @if (files().length > 0) {
        <ul [attr.aria-label]="'resultFiles.listOf' | translate: { task: taskLabel() }">
          @for (file of files(); track file.id) {
            <li data-testid="result-file">
              <button
                type="button"
                class="link"
                data-testid="download-result-file"
                [attr.aria-label]="'resultFiles.download' | translate: { name: file.name }"
                (click)="download(file)"
              >
                {{ file.name }}
              </button>
              <span class="hint">{{ size(file.size) }}</span>
              @if (editable()) {
                <button
                  type="button"
                  class="secondary"
                  data-testid="remove-result-file"
                  [disabled]="busy()"
                  [attr.aria-label]="'resultFiles.remove' | translate: { name: file.name }"
                  (click)="remove(file)"
                >
                  {{ 'resultFiles.removeShort' | translate }}
                </button>
              }
            </li>
          }
        </ul>
      } @else if (!editable()) {
        <p class="hint">{{ 'resultFiles.none' | translate }}</p>
      }
      @if (editable() && taskId()) {
        <label class="pick" [class.disabled]="busy()">
          <input
            type="file"
            class="sr-only"
            data-testid="result-file-input"
            [accept]="accept"
            [disabled]="busy()"
            [attr.aria-label]="'resultFiles.attachTo' | translate: { task: taskLabel() }"
            (change)="picked($event)"
          />
          <span aria-hidden="true">{{ 'resultFiles.attach' | translate }}</span>
        </label>
      }
      <p class="sr-only" role="status">{{ status() }}</p>
    </div>
  `,
  styles: `
    ul {
      margin: 0.25rem 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    button {
      min-height: 44px;
    }
    .hint {
      color: var(--dd-muted);
      font-size: 0.85rem;
    }
    .link {
      min-height: 44px;
      padding: 0;
      border: 0;
      background: none;
      color: var(--dd-accent-strong);
      text-align: start;
      text-decoration: underline;
      overflow-wrap: anywhere;
      font: inherit;
      cursor: pointer;
    }
    .pick {
      position: relative;
      display: inline-flex;
      flex-direction: row;
      align-items: center;
      min-height: 44px;
      padding: 0 0.8rem;
      border-radius: 6px;
      background: var(--dd-accent-soft);
      color: var(--dd-accent-strong);
      font-weight: 600;
      cursor: pointer;
    }
    .pick:focus-within {
      outline: 2px solid var(--dd-accent-strong);
      outline-offset: 2px;
    }
    .pick.disabled {
      opacity: 0.6;
      cursor: progress;
    }
  `,
})
export class ResultFilesComponent {
  readonly roundId = input.required<string>();
  readonly unitId = input.required<string>();
  /** The task line files are attached to; none where the list is only read (Văn phòng's panel). */
  readonly taskId = input<string | null>(null);
  /** What the files are of, for the labels: the task's number on the part form, the unit on the panel. */
  readonly taskLabel = input.required<string>();
  readonly files = input.required<readonly ResultFileDto[]>();
  readonly editable = input(false);
  /** A file was attached or removed: the owner reads the part's files again. */
  readonly changed = output<void>();

  protected readonly accept = DELIVERABLE_ACCEPT;
  protected readonly busy = signal(false);
  protected readonly status = signal('');
  private readonly api = inject(ReportsApi);
  private readonly notices = inject(NoticeService);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService).language;
  private readonly fail = injectFailureNotice();

  protected size(bytes: number): string {
    return formatFileSize(bytes, this.language());
  }

  protected picked(event: Event): void {
    const picker = event.target as HTMLInputElement;
    const file = picker.files?.[0];
    picker.value = '';
    if (file) void this.upload(file);
  }

  protected async download(file: ResultFileDto): Promise<void> {
    try {
      const downloaded = await this.api.resultFile(this.roundId(), file);
      saveFile(downloaded.blob, downloaded.fileName);
    } catch (error) {
      this.fail(error);
    }
  }

  protected async remove(file: ResultFileDto): Promise<void> {
    await this.run(
      () => this.api.removeResultFile(this.roundId(), file.id),
      this.text('resultFiles.removed', { name: file.name }),
    );
  }

  private async upload(file: File): Promise<void> {
    const taskId = this.taskId();
    if (taskId === null) return;
    this.status.set(this.text('resultFiles.uploading', { name: file.name }));
    await this.run(
      () => this.api.uploadResultFile(this.roundId(), this.unitId(), taskId, file),
      this.text('resultFiles.uploaded', { name: file.name }),
    );
  }

  private async run(call: () => Promise<unknown>, done: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      await call();
      this.status.set(done);
      this.notices.show('success', done);
      this.changed.emit();
    } catch (error) {
      this.status.set('');
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  private text(key: string, params?: Record<string, unknown>): string {
    return String(this.translate.instant(key, params));
  }
}
