import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { NoticeService } from '../../core/notify/notice.service';
import { AsOfApi } from '../reports/as-of/as-of-api';
import { AsOfControlComponent } from '../reports/as-of/as-of-control.component';
import { saveFile } from '../reports/download';
import { type BoardView, viewToParams } from './board-view';

/**
 * What a plan board offers beside its filters: the board "tại ngày dd/mm/yyyy", its current view
 * (filters and day) as an .xlsx file, and printing.
 */
@Component({
  selector: 'dd-board-tools',
  imports: [TranslatePipe, AsOfControlComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="tools" role="group" [attr.aria-label]="'asOf.tools' | translate">
      <dd-as-of-control [day]="day()" (changed)="asOfChanged.emit($event)" />
      <div class="files no-print">
        <button
          type="button"
          class="secondary"
          data-testid="board-export"
          [disabled]="exporting()"
          [attr.aria-busy]="exporting()"
          (click)="exportView()"
        >
          {{ (exporting() ? 'asOf.exporting' : 'asOf.exportXlsx') | translate }}
        </button>
        <button type="button" class="secondary" data-testid="board-print" (click)="print()">
          {{ 'asOf.print' | translate }}
        </button>
      </div>
    </div>
  `,
  styles: `
    .tools {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      align-items: flex-start;
      justify-content: space-between;
    }
    .files {
      display: flex;
      gap: 0.5rem;
    }
  `,
})
export class BoardToolsComponent {
  readonly planId = input.required<string>();
  /** The day shown, or null for the live board. */
  readonly day = input<string | null>(null);
  readonly view = input.required<BoardView>();
  readonly asOfChanged = output<string | null>();

  private readonly api = inject(AsOfApi);
  private readonly notices = inject(NoticeService);
  private readonly translate = inject(TranslateService);
  protected readonly exporting = signal(false);

  /** The file holds the cards the board shows: the same filters (lanes only arrange) and day. */
  protected async exportView(): Promise<void> {
    this.exporting.set(true);
    try {
      const { unit, section, type, timeliness, mine, q } = viewToParams(this.view());
      const filters = { unit, section, type, timeliness, mine, q };
      const file = await this.api.boardXlsx(this.planId(), { ...filters, asOf: this.day() });
      saveFile(file.blob, file.fileName);
    } catch {
      this.notices.show('error', String(this.translate.instant('asOf.exportFailed')));
    } finally {
      this.exporting.set(false);
    }
  }

  protected print(): void {
    globalThis.print();
  }
}
