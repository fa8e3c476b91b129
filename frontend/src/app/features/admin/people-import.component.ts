import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import type { OneTimePasswordDto, PeopleImportPreviewDto } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { AdminApi } from './admin-api';
import { AdminWork } from './admin-work';

/**
 * People in bulk: a sheet is read and every row shown with its problems first; creating is
 * offered only when no row is broken, and the server creates everyone or no one.
 */
@Component({
  selector: 'dd-admin-people-import',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './admin.css',
  template: `
    <div class="form" data-testid="admin-people-import">
      <h3>{{ 'admin.import.title' | translate }}</h3>
      <p class="hint">{{ 'admin.import.hint' | translate }}</p>
      <label>
        {{ 'admin.import.file' | translate }}
        <input type="file" accept=".xlsx,.csv" (change)="picked($event)" data-testid="admin-import-file" />
      </label>
      @if (preview(); as sheet) {
        <p role="status" data-testid="admin-import-summary">
          {{ 'admin.import.summary' | translate: { rows: sheet.rows.length, broken: sheet.brokenRows } }}
        </p>
        <ul class="rows">
          @for (row of sheet.rows; track row.row) {
            <li
              class="row"
              [class.broken]="row.problems.length > 0"
              [attr.data-testid]="'admin-import-row-' + row.row"
            >
              <span class="meta">{{ 'admin.import.row' | translate: { row: row.row } }}</span>
              <span class="code">{{ row.username }}</span>
              <span class="name">{{ row.fullName }}</span>
              <span class="meta">{{ row.unitCode }}</span>
              @for (problem of row.problems; track problem) {
                <span class="problem">{{ problem }}</span>
              }
            </li>
          }
        </ul>
        <button type="button" [disabled]="busy() || sheet.brokenRows > 0" (click)="create()">
          {{ 'admin.import.create' | translate: { rows: sheet.rows.length } }}
        </button>
      }
      @if (failure(); as text) {
        <p class="failure" role="alert">{{ text }}</p>
      }
    </div>
  `,
})
export class PeopleImportComponent {
  private readonly api = inject(AdminApi);
  private readonly work = new AdminWork();

  readonly created = output<OneTimePasswordDto[]>();
  protected readonly preview = signal<PeopleImportPreviewDto | null>(null);
  protected readonly busy = this.work.busy;
  protected readonly failure = this.work.failure;
  private file: File | null = null;

  protected async picked(event: Event): Promise<void> {
    this.file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.preview.set(null);
    if (this.file) await this.run(async (file) => this.preview.set(await this.api.previewPeople(file)));
  }

  protected async create(): Promise<void> {
    await this.run(async (file) => {
      const result = await this.api.importPeople(file);
      this.preview.set(null);
      this.created.emit(result.created);
    });
  }

  private async run(work: (file: File) => Promise<void>): Promise<void> {
    const file = this.file;
    if (file) await this.work.run(() => work(file));
  }
}
