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
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { formatDate } from '../../../core/format/dates';
import { LanguageService } from '../../../core/i18n/language.service';
import { AsOfApi, type LeadershipChartsDto, type WeekPointDto } from '../../reports/as-of/as-of-api';
import { ChartWithFiguresComponent } from './chart-with-figures.component';
import {
  percentOf,
  planProgressOptions,
  planProgressSummary,
  progressHeight,
  type ProgressSeries,
} from './plan-progress-options';
import {
  WEEK_SERIES,
  weekDays,
  WEEKLY_CHART_HEIGHT,
  weeklyOptions,
  weeklySummary,
  type WeekSeries,
} from './weekly-options';

/**
 * Two leadership charts beside the per-unit bars: the year week by week (done on time, done late,
 * overdue) and each plan against its deadlines. They are read again whenever `refreshKey` changes
 * (the leadership store's own refresh after live changes), for the day shown or now. Each canvas is
 * said in words (aria-label) and its figures are in a table under it.
 */
@Component({
  selector: 'dd-leadership-charts',
  imports: [TranslatePipe, ChartWithFiguresComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './leadership-charts.component.html',
  styleUrl: './leadership-charts.component.css',
})
export class LeadershipChartsComponent {
  /** Any value that changes when the charts should be read again (the board's `asOf`). */
  readonly refreshKey = input<string | null>(null);
  /** The day shown (ISO), or null for now. */
  readonly day = input<string | null>(null);
  /** A ward granted to a city-level leader; the user's own when undefined. */
  readonly wardId = input<string | undefined>(undefined);

  private readonly api = inject(AsOfApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  protected readonly charts = signal<LeadershipChartsDto | null>(null);
  protected readonly formatDate = formatDate;
  protected readonly weekSeries = WEEK_SERIES;
  protected readonly percentOf = percentOf;
  protected readonly weeklyHeight = WEEKLY_CHART_HEIGHT;
  private generation = 0;

  private readonly labels = computed(() => {
    this.language.language(); // legends follow the chosen language
    const text = (key: string) => String(this.translate.instant(key));
    return {
      doneOnTime: text('asOf.series.doneOnTime'),
      doneLate: text('asOf.series.doneLate'),
      overdue: text('asOf.series.overdue'),
      week: text('asOf.week'),
      done: text('asOf.progress.done'),
      due: text('asOf.progress.due'),
    } satisfies Record<WeekSeries | ProgressSeries | 'week', string>;
  });

  protected readonly weeks = computed(() => this.charts()?.weeks ?? []);
  protected readonly plans = computed(() => this.charts()?.plans ?? []);
  protected readonly weeklyOptions = computed(() => weeklyOptions(this.weeks(), this.labels()));
  protected readonly weeklySummary = computed(() =>
    weeklySummary(this.weeks(), this.labels(), (week) => this.weekLabel(week)),
  );
  protected readonly progressOptions = computed(() => planProgressOptions(this.plans(), this.labels()));
  protected readonly progressSummary = computed(() => planProgressSummary(this.plans(), this.labels()));
  protected readonly progressHeight = computed(() => progressHeight(this.plans()));

  constructor() {
    effect(() => {
      this.refreshKey();
      const day = this.day();
      const wardId = this.wardId();
      untracked(() => void this.read(day, wardId));
    });
  }

  protected weekLabel(week: WeekPointDto): string {
    this.language.language();
    return String(this.translate.instant('asOf.weekOf', { week: week.week, ...weekDays(week) }));
  }

  /** Only the newest answer lands; a failed read keeps the last charts (the next refresh tries again). */
  private async read(day: string | null, wardId: string | undefined): Promise<void> {
    const generation = ++this.generation;
    try {
      const charts = await this.api.charts(day, wardId);
      if (generation === this.generation) this.charts.set(charts);
    } catch {
      // the board's own refresh shows the connection problem
    }
  }
}
