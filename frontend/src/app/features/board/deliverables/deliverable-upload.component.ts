import { ChangeDetectionStrategy, Component, inject, input, type OnInit, signal } from '@angular/core';
import { DELIVERABLE_ACCEPT, type DeliverableFileDto } from '@dondoc/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { toApiFailure } from '../../../core/http/api-error';
import { errorText } from '../../../core/http/error-text';
import { LanguageService } from '../../../core/i18n/language.service';
import { DeliverablesApi } from './deliverables-api';
import { formatFileSize } from './file-size';

/**
 * The files of the next submission, inside the submit dialog: what is attached already, and a
 * zone to drop files on or pick them from, through the same upload as the drawer's files section.
 */
@Component({
  selector: 'dd-deliverable-upload',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="upload" data-testid="dialog-upload">
      <legend>{{ 'dialog.upload.title' | translate }}</legend>
      <ul class="files" [attr.aria-label]="'dialog.upload.attached' | translate">
        @for (file of files(); track file.id) {
          <li data-testid="dialog-file">
            {{ file.name }} <span class="size">{{ size(file.size) }}</span>
          </li>
        } @empty {
          <li class="none">{{ 'dialog.upload.none' | translate }}</li>
        }
      </ul>
      <div
        class="zone"
        data-testid="dialog-drop-zone"
        [class.over]="over()"
        (dragover)="$event.preventDefault(); over.set(true)"
        (dragleave)="over.set(false)"
        (drop)="dropped($event)"
      >
        {{ 'dialog.upload.drop' | translate }}
        <label class="pick">
          <input
            type="file"
            multiple
            data-testid="dialog-file-input"
            [accept]="accept"
            [disabled]="busy()"
            (change)="picked($event)"
          />
          {{ 'dialog.upload.pick' | translate }}
        </label>
      </div>
      <p class="status" role="status">{{ status() }}</p>
    </fieldset>
  `,
  styles: `
    .upload {
      border: 1px solid var(--dd-border);
      border-radius: 6px;
      padding: 0.5rem 0.75rem;
      margin: 0 0 0.75rem;
    }
    .files {
      list-style: none;
      margin: 0 0 0.5rem;
      padding: 0;
      font-size: 0.85rem;
    }
    .size,
    .none,
    .status {
      color: var(--dd-muted);
      font-size: 0.8rem;
    }
    .zone {
      border: 2px dashed var(--dd-border-strong);
      border-radius: 6px;
      padding: 0.75rem;
      text-align: center;
      font-size: 0.85rem;
    }
    .zone.over {
      background: var(--dd-accent-soft);
    }
    .pick {
      display: inline-flex;
      align-items: center;
      min-height: 2.75rem;
      text-decoration: underline;
      cursor: pointer;
    }
    .pick input {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
    }
    .pick:focus-within {
      outline: 2px solid var(--dd-accent-strong);
    }
    .status {
      margin: 0.3rem 0 0;
      min-height: 1em;
    }
  `,
})
export class DeliverableUploadComponent implements OnInit {
  readonly taskId = input.required<string>();

  protected readonly accept = DELIVERABLE_ACCEPT;
  protected readonly files = signal<readonly DeliverableFileDto[]>([]);
  protected readonly busy = signal(false);
  protected readonly over = signal(false);
  protected readonly status = signal('');
  private readonly api = inject(DeliverablesApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService).language;

  ngOnInit(): void {
    void this.load();
  }

  protected size(bytes: number): string {
    return formatFileSize(bytes, this.language());
  }

  protected picked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const chosen = Array.from(input.files ?? []);
    input.value = '';
    void this.upload(chosen);
  }

  protected dropped(event: DragEvent): void {
    event.preventDefault();
    this.over.set(false);
    void this.upload(Array.from(event.dataTransfer?.files ?? []));
  }

  private async upload(chosen: readonly File[]): Promise<void> {
    if (chosen.length === 0) return;
    this.busy.set(true);
    try {
      for (const file of chosen) {
        this.status.set(this.text('dialog.upload.uploading', { name: file.name }));
        try {
          await this.api.upload(this.taskId(), file);
          this.status.set(this.text('dialog.upload.uploaded', { name: file.name }));
        } catch (error) {
          const reason = errorText(toApiFailure(error), this.language(), (key, params) =>
            this.text(key, params),
          );
          this.status.set(this.text('deliverables.uploadFailed', { name: file.name, reason }));
        }
      }
    } finally {
      this.busy.set(false);
      await this.load();
    }
  }

  private async load(): Promise<void> {
    try {
      this.files.set((await this.api.list(this.taskId())).draft);
    } catch {
      this.files.set([]);
    }
  }

  private text(key: string, params?: Record<string, unknown>): string {
    return String(this.translate.instant(key, params));
  }
}
