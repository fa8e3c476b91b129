import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { CategoryCounts, FiguresDto } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { FIGURE_COLUMNS } from './figure-columns';

/** A plan's figures per lead unit: the four categories, the cancelled apart, and their total. */
@Component({
  selector: 'dd-figures-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'reports.figures' | translate">
      <table data-testid="figures-table">
        <caption>
          {{
            'reports.figures' | translate
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'reports.unit' | translate }}</th>
            @for (column of columns; track column) {
              <th scope="col">{{ 'reports.categories.' + column | translate }}</th>
            }
            <th scope="col">{{ 'reports.total' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of figures().byUnit; track row.unitId) {
            <tr [attr.data-testid]="'figures-unit-' + (row.unitId ?? 'none')">
              <th scope="row">{{ row.unitName }}</th>
              @for (column of columns; track column) {
                <td [attr.data-category]="column">{{ row.counts[column] }}</td>
              }
              <td class="sum">{{ row.counts.total }}</td>
            </tr>
          }
        </tbody>
        <tfoot>
          <tr data-testid="figures-overall">
            <th scope="row">{{ 'reports.totals' | translate }}</th>
            @for (column of columns; track column) {
              <td [attr.data-category]="column">{{ overall(column) }}</td>
            }
            <td class="sum">{{ figures().overall.total }}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  `,
  styles: `
    /* The table scrolls sideways inside its own frame (focusable, so a keyboard can scroll it too), never the page. */
    :host {
      display: block;
      max-width: 100%;
    }
    .table-wrap {
      overflow-x: auto;
    }
    .table-wrap:focus-visible {
      outline: 2px solid var(--dd-accent, #2a78b5);
      outline-offset: 2px;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block: 0.5rem;
    }
    th,
    td {
      border-bottom: 1px solid var(--border, #d0d7de);
      padding: 0.5rem;
      text-align: end;
    }
    th[scope='row'],
    thead th:first-child {
      text-align: start;
    }
    .sum {
      font-weight: 600;
    }
  `,
})
export class FiguresTableComponent {
  readonly figures = input.required<FiguresDto>();
  protected readonly columns = FIGURE_COLUMNS;

  protected overall(column: keyof CategoryCounts): number {
    return this.figures().overall[column];
  }
}
