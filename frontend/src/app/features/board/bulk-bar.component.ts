import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { namesOf } from './board-move';
import type { BulkTarget } from './bulk-moves';
import type { BulkReport } from './move-runner';

/**
 * The bar of a bulk selection: how many cards are chosen, the columns all of them may go to
 * (nothing else is offered; a stand-in's moves say whom they are made for), and what became of
 * the last bulk move.
 */
@Component({
  selector: 'dd-bulk-bar',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="bar" role="region" data-testid="bulk-bar" [attr.aria-label]="'bulk.label' | translate">
      @if (count() > 0) {
        <span class="count" data-testid="bulk-count">{{
          'bulk.selected' | translate: { count: count() }
        }}</span>
        @if (targets().length > 0) {
          <span class="label">{{ 'bulk.moveTo' | translate }}</span>
          @for (target of targets(); track target.column) {
            <button
              type="button"
              class="target"
              [attr.data-testid]="'bulk-move-' + target.column"
              [disabled]="busy()"
              (click)="moveRequested.emit(target)"
            >
              @if (target.onBehalfOf.length > 0) {
                {{
                  'move.columnOnBehalfOf'
                    | translate
                      : { column: ('columns.' + target.column | translate), name: names(target.onBehalfOf) }
                }}
              } @else {
                {{ 'columns.' + target.column | translate }}
              }
            </button>
          }
        } @else {
          <span class="none" data-testid="bulk-no-targets">{{ 'bulk.noTargets' | translate }}</span>
        }
        <button type="button" class="clear" data-testid="bulk-clear" (click)="cleared.emit()">
          {{ 'bulk.clear' | translate }}
        </button>
      }
      @if (report(); as last) {
        <div class="report" data-testid="bulk-result" role="status">
          <span>
            {{
              'bulk.report'
                | translate
                  : {
                      moved: last.moved.length,
                      total: last.moved.length + last.refused.length,
                      column: ('columns.' + last.column | translate),
                    }
            }}
          </span>
          @if (last.refused.length > 0) {
            <ul class="refusals">
              @for (refusal of last.refused; track refusal.card.id) {
                <li [attr.data-testid]="'bulk-refusal-' + refusal.card.ref">
                  <strong>{{ refusal.card.ref }}</strong>: {{ refusal.reason }}
                </li>
              }
            </ul>
          }
          <button
            type="button"
            class="dismiss"
            [attr.aria-label]="'app.close' | translate"
            (click)="reportDismissed.emit()"
          >
            ×
          </button>
        </div>
      }
    </div>
  `,
  styles: `
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem 0.6rem;
      padding: 0.45rem 0.75rem;
      border-radius: 8px;
      background: var(--dd-accent-soft);
      font-size: 0.85rem;
    }
    .count {
      font-weight: 650;
    }
    .label,
    .none {
      color: var(--dd-muted);
    }
    button {
      font: inherit;
      font-size: 0.82rem;
      padding: 0.25rem 0.6rem;
      border-radius: 6px;
      border: 1px solid var(--dd-border-strong);
      background: var(--dd-surface);
      color: var(--dd-text);
      cursor: pointer;
    }
    .target {
      border-color: var(--dd-accent);
      color: var(--dd-accent-strong);
      font-weight: 600;
    }
    .report {
      flex-basis: 100%;
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.25rem 0.75rem;
    }
    .refusals {
      margin: 0;
      padding-left: 1.1rem;
      color: var(--dd-danger);
    }
    .dismiss {
      margin-left: auto;
      border: 0;
      background: none;
      padding: 0 0.3rem;
    }
  `,
})
export class BulkBarComponent {
  readonly count = input.required<number>();
  readonly targets = input.required<readonly BulkTarget[]>();
  readonly report = input<BulkReport | null>(null);
  readonly busy = input(false);
  readonly moveRequested = output<BulkTarget>();
  readonly cleared = output<void>();
  readonly reportDismissed = output<void>();

  protected readonly names = namesOf;
}
