import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';

/**
 * One leadership chart said twice: a canvas, said in words for a screen reader (`summary`), and
 * under it, folded away, the same figures as a table (the projected `<table>`), which scrolls in
 * its own frame on a phone. echarts loads with this component only.
 */
@Component({
  selector: 'dd-chart-with-figures',
  imports: [TranslatePipe, NgxEchartsDirective],
  providers: [
    provideEchartsCore({
      echarts: () => import('../../reports/charts/echarts-setup').then((m) => m.echarts),
    }),
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      echarts
      class="chart"
      role="img"
      [attr.aria-label]="summary()"
      [style.height.px]="height()"
      [options]="options()"
      [autoResize]="true"
    ></div>
    <details class="figures">
      <summary>{{ 'asOf.showTable' | translate }}</summary>
      <div class="figures-wrap" tabindex="0" role="group" [attr.aria-label]="tableLabel()">
        <ng-content />
      </div>
    </details>
  `,
  styles: `
    :host {
      display: block;
    }
    .chart {
      width: 100%;
      min-width: 0;
    }
    .figures summary {
      cursor: pointer;
      padding: 0.5rem 0;
      min-height: 2.75rem;
      display: flex;
      align-items: center;
    }
    /* A long table scrolls inside its frame on a phone, never the page sideways. */
    .figures-wrap {
      max-width: 100%;
      overflow-x: auto;
    }
    @media print {
      .figures {
        display: none;
      }
    }
  `,
})
export class ChartWithFiguresComponent {
  readonly options = input.required<EChartsCoreOption>();
  readonly height = input.required<number>();
  /** The chart in words, for whoever cannot see the canvas. */
  readonly summary = input.required<string>();
  /** The name of the table of figures (the chart's title). */
  readonly tableLabel = input.required<string>();
}
