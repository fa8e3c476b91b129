import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import type { RoundDto, RoundEventType } from '@dondoc/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { formatDate, formatDateTime } from '../../core/format/dates';
import { NoticeService } from '../../core/notify/notice.service';
import { saveFile } from './download';
import { ReasonFormComponent } from './reason-form.component';
import { injectFailureNotice } from './report-failure';
import { type DownloadedFile, ReportsApi } from './reports-api';
import { ResultFilesComponent } from './result-files.component';
import { type Viewer, offeredActions } from './round-actions';

/**
 * One report round as Văn phòng follows it: each unit's part and state, accept or return (with a
 * reason), compile, edit the compiled text, close or cancel, and the files to download.
 */
@Component({
  selector: 'dd-round-panel',
  imports: [TranslatePipe, ReasonFormComponent, ResultFilesComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './round-panel.component.html',
  styleUrl: './reports.css',
})
export class RoundPanelComponent {
  readonly round = input.required<RoundDto>();
  readonly viewer = input.required<Viewer>();
  readonly today = input.required<string>();
  readonly changed = output<RoundDto>();

  private readonly api = inject(ReportsApi);
  private readonly notices = inject(NoticeService);
  private readonly translate = inject(TranslateService);
  private readonly fail = injectFailureNotice();
  protected readonly formatDate = formatDate;
  protected readonly formatDateTime = formatDateTime;

  protected readonly offered = computed(() => offeredActions(this.round(), this.viewer(), this.today()));
  protected readonly busy = signal(false);
  /** The unit whose return reason is being written, if any. */
  protected readonly returning = signal<string | null>(null);
  protected readonly cancelling = signal(false);
  protected readonly text = linkedSignal(() => this.round().compiledText ?? '');
  protected readonly missingNames = computed(() => {
    const round = this.round();
    const missing = new Set(round.figures.missingUnitIds);
    return round.parts.filter((part) => missing.has(part.unitId)).map((part) => part.unitName);
  });

  protected async send(
    type: RoundEventType,
    unitId?: string,
    payload?: Record<string, unknown>,
  ): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      const round = await this.api.command(this.round().id, {
        type,
        ...(unitId ? { unitId } : {}),
        ...(payload ? { payload } : {}),
        expectedVersion: this.round().version,
      });
      this.returning.set(null);
      this.cancelling.set(false);
      this.notices.show('success', this.translate.instant('reports.done'));
      this.changed.emit(round);
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected startReturn(unitId: string): void {
    this.returning.set(unitId);
  }

  protected confirmReturn(unitId: string, reason: string): void {
    void this.send('RETURN_PART', unitId, { reason });
  }

  protected confirmCancel(reason: string): void {
    void this.send('CANCEL_ROUND', undefined, { reason });
  }

  protected saveText(): void {
    void this.send('EDIT_COMPILED', undefined, { text: this.text() });
  }

  protected downloadReport(): void {
    void this.download(() => this.api.roundReport(this.round().id));
  }

  protected downloadAppendix(): void {
    const round = this.round();
    void this.download(() =>
      this.api.planAppendix(round.planId, {
        period: round.periodKey,
        basis: round.periodBasis === 'calendar' ? 'calendar' : 'nd09',
        roundId: round.id,
      }),
    );
  }

  protected downloadBoard(): void {
    const round = this.round();
    void this.download(() =>
      this.api.boardView(round.planId, {
        period: round.periodKey,
        basis: round.periodBasis === 'calendar' ? 'calendar' : 'nd09',
      }),
    );
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }

  private async download(fetch: () => Promise<DownloadedFile>): Promise<void> {
    try {
      const file = await fetch();
      saveFile(file.blob, file.fileName);
    } catch (error) {
      this.fail(error);
    }
  }
}
