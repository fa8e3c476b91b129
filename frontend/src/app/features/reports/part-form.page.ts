import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { RoundDto, RoundEventType } from '@dondoc/contracts';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { formatDate } from '../../core/format/dates';
import { NoticeService } from '../../core/notify/notice.service';
import { REPORTS_PATH } from '../../routes.paths';
import { filesOf, type PartLine, partLines, partOf, resultsPayload } from './part-form';
import { injectFailureNotice } from './report-failure';
import { ReportsApi } from './reports-api';
import { ResultFilesComponent } from './result-files.component';
import { partWriting } from './round-actions';

/** `/bao-cao/phan/:roundId`: a lead unit writes its result per task in the period, saves and sends it to Văn phòng. */
@Component({
  selector: 'dd-part-form-page',
  imports: [TranslatePipe, RouterLink, ResultFilesComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page" data-testid="part-form-page">
      <a class="button-link" [routerLink]="reportsLink">← {{ 'reports.back' | translate }}</a>
      @if (round(); as r) {
        @if (part(); as p) {
          <h1>{{ 'reports.part' | translate: { unit: p.unitName } }}</h1>
          <p class="meta">
            {{ 'reports.partIntro' | translate: { plan: r.planTitle, period: r.periodLabel } }}
            <span>{{ 'reports.sendBy' | translate: { date: formatDate(r.sendBy) } }}</span>
            <span data-testid="part-state">{{ 'reports.partStates.' + p.state | translate }}</span>
          </p>
          @if (p.state === 'returned' && p.returnReason) {
            <p class="returned" role="note" data-testid="return-reason">
              {{ 'reports.returnedBecause' | translate: { reason: p.returnReason } }}
            </p>
          }
          @if (!writable()) {
            <p class="hint" data-testid="read-only">
              {{ 'reports.readOnly' | translate: { state: ('reports.partStates.' + p.state | translate) } }}
            </p>
          }
          <form (submit)="$event.preventDefault(); send('SUBMIT_PART')">
            <ol class="results">
              @for (line of lines(); track line.task.id; let i = $index) {
                <li data-testid="part-line">
                  <label [for]="'dd-result-' + line.task.id">
                    <strong>{{ line.task.ref }}.</strong> {{ line.task.content }}
                  </label>
                  <textarea
                    [id]="'dd-result-' + line.task.id"
                    [attr.aria-label]="('reports.result' | translate) + ' ' + line.task.ref"
                    [readOnly]="!writable()"
                    [value]="line.result"
                    (input)="write(i, $event)"
                  ></textarea>
                  <dd-result-files
                    [roundId]="r.id"
                    [unitId]="p.unitId"
                    [taskId]="line.task.id"
                    [taskLabel]="line.task.ref"
                    [files]="filesOf(p, line.task.id)"
                    [editable]="writable()"
                    (changed)="refreshFiles()"
                  />
                </li>
              }
            </ol>
            @if (writable()) {
              <div class="round-actions">
                <button
                  type="button"
                  class="secondary"
                  data-testid="save-part"
                  [disabled]="busy()"
                  (click)="send('SAVE_PART')"
                >
                  {{ 'reports.save' | translate }}
                </button>
                <button type="submit" data-testid="submit-part" [disabled]="busy() || !complete()">
                  {{ 'reports.submit' | translate }}
                </button>
              </div>
            }
          </form>
        } @else {
          <p class="none">{{ 'reports.noParts' | translate }}</p>
        }
      } @else {
        <p role="status">{{ 'app.loading' | translate }}</p>
      }
    </div>
  `,
  styleUrl: './reports.css',
})
export class PartFormPage {
  /** From the route (`withComponentInputBinding`). */
  readonly roundId = input.required<string>();

  private readonly api = inject(ReportsApi);
  private readonly session = inject(Session);
  private readonly notices = inject(NoticeService);
  private readonly translate = inject(TranslateService);
  private readonly fail = injectFailureNotice();
  protected readonly formatDate = formatDate;
  protected readonly filesOf = filesOf;
  protected readonly reportsLink = ['/', REPORTS_PATH];

  protected readonly round = signal<RoundDto | null>(null);
  protected readonly lines = signal<readonly PartLine[]>([]);
  protected readonly busy = signal(false);
  private readonly viewer = computed(() => {
    const user = this.session.user();
    return { unitId: user?.unit?.id ?? null, roles: user?.roles ?? [] };
  });
  protected readonly part = computed(() => {
    const round = this.round();
    return round ? partOf(round, this.viewer().unitId) : null;
  });
  protected readonly writable = computed(() => {
    const round = this.round();
    const part = this.part();
    return round !== null && part !== null && partWriting(round.state, part, this.viewer()).length > 0;
  });
  /** Every task has a result: the server refuses a hand-in otherwise. */
  protected readonly complete = computed(() => this.lines().every((line) => line.result.trim() !== ''));

  constructor() {
    effect(() => {
      const roundId = this.roundId();
      untracked(() => void this.load(roundId));
    });
  }

  protected write(index: number, event: Event): void {
    const result = (event.target as HTMLTextAreaElement).value;
    this.lines.update((lines) => lines.map((line, i) => (i === index ? { ...line, result } : line)));
  }

  protected async send(type: Extract<RoundEventType, 'SAVE_PART' | 'SUBMIT_PART'>): Promise<void> {
    const round = this.round();
    const part = this.part();
    if (!round || !part || this.busy() || !this.writable()) return;
    this.busy.set(true);
    try {
      const next = await this.api.command(round.id, {
        type,
        unitId: part.unitId,
        payload: resultsPayload(this.lines()),
        expectedVersion: round.version,
      });
      this.show(next);
      this.notices.show(
        'success',
        this.translate.instant(type === 'SAVE_PART' ? 'reports.saved' : 'reports.submitted'),
      );
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  /** After a file was attached or removed: the round again, the results being written kept as they are. */
  protected async refreshFiles(): Promise<void> {
    try {
      this.round.set(await this.api.round(this.roundId()));
    } catch (error) {
      this.fail(error);
    }
  }

  private async load(roundId: string): Promise<void> {
    try {
      this.show(await this.api.round(roundId));
    } catch (error) {
      this.fail(error);
    }
  }

  private show(round: RoundDto): void {
    this.round.set(round);
    const part = partOf(round, this.viewer().unitId);
    this.lines.set(part ? partLines(round, part) : []);
  }
}
