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
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';
import { formatDate } from '../../../core/format/dates';
import { LanguageService } from '../../../core/i18n/language.service';
import { AsOfApi } from '../as-of/as-of-api';
import { REPORT_CATEGORY_KEYS } from '../figure-columns';
import { ReportsApi } from '../reports-api';
import type { FiguresDto } from '../reports.types';
import {
  type CategoryKey,
  chartHeight,
  unitFiguresOptions,
  unitFiguresSummary,
} from './unit-figures-options';

/**
 * The leadership chart: per unit, the four categories of the ward's figures now, as stacked
 * bars. It reads the figures again whenever `refreshKey` changes (the leadership board's own
 * refresh), so it moves with the rest of the board. echarts itself loads with this component only.
 */
@Component({
  selector: 'dd-unit-figures-chart',
  imports: [TranslatePipe, NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('./echarts-setup').then((m) => m.echarts) })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="chart-box" aria-labelledby="dd-unit-chart-title" data-testid="unit-figures-chart">
      <h2 id="dd-unit-chart-title">{{ 'reports.chart' | translate }}</h2>
      @if (figures(); as f) {
        <p class="explain">{{ 'reports.chartExplain' | translate: { date: formatDate(f.today) } }}</p>
        <div
          echarts
          class="chart"
          role="img"
          [attr.aria-label]="summary()"
          [style.height.px]="height()"
          [options]="options()"
          [autoResize]="true"
        ></div>
      }
    </section>
  `,
  styles: `
    .chart-box {
      margin-block: 1.5rem;
    }
    .chart {
      width: 100%;
      min-width: 0;
    }
    .explain {
      color: var(--muted, #57606a);
      margin: 0 0 0.5rem;
    }
  `,
})
export class UnitFiguresChartComponent {
  /** Any value that changes when the figures should be read again (the board's `asOf`). */
  readonly refreshKey = input<string | null>(null);
  /** The day the board is shown as of (ISO), or null for now. */
  readonly day = input<string | null>(null);

  private readonly api = inject(ReportsApi);
  private readonly asOfApi = inject(AsOfApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  protected readonly formatDate = formatDate;
  protected readonly figures = signal<FiguresDto | null>(null);
  private generation = 0;

  private readonly labels = computed(() => {
    this.language.language(); // the legend follows the chosen language
    return Object.fromEntries(
      REPORT_CATEGORY_KEYS.map((key) => [key, this.translate.instant(`reports.categories.${key}`) as string]),
    ) as Record<CategoryKey, string>;
  });
  protected readonly options = computed(() => {
    const figures = this.figures();
    return figures ? unitFiguresOptions(figures, this.labels()) : {};
  });
  protected readonly summary = computed(() => {
    const figures = this.figures();
    return figures ? unitFiguresSummary(figures, this.labels()) : '';
  });
  protected readonly height = computed(() => {
    const figures = this.figures();
    return figures ? chartHeight(figures) : 0;
  });

  constructor() {
    effect(() => {
      this.refreshKey();
      const day = this.day();
      untracked(() => void this.read(day));
    });
  }

  /** Only the newest answer lands; a failed read keeps the last chart (the next refresh tries again). */
  private async read(day: string | null): Promise<void> {
    const generation = ++this.generation;
    try {
      const figures = day ? await this.asOfApi.wardFigures(day) : await this.api.wardFigures();
      if (generation === this.generation) this.figures.set(figures);
    } catch {
      // the board's own refresh shows the connection problem
    }
  }
}
