import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import type { PlanSummaryDto } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { planBoardUrl } from '../../routes.paths';

/** Switches the board to another plan of the ward. */
@Component({
  selector: 'dd-plan-picker',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="picker">
      <span class="label">{{ 'plans.picker' | translate }}</span>
      <select data-testid="plan-picker" (change)="open($event)">
        @for (plan of plans(); track plan.id) {
          <option [value]="plan.id" [selected]="plan.id === currentPlanId()">
            {{ plan.symbol }} — {{ plan.title }}
          </option>
        }
      </select>
    </label>
  `,
  styles: `
    .picker {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-width: 0;
    }
    .label {
      font-size: 0.8rem;
      color: var(--dd-muted);
    }
    select {
      font: inherit;
      font-size: 0.88rem;
      min-width: 0;
      max-width: min(36rem, 70vw);
      padding: 0.35rem 0.5rem;
      border: 1px solid var(--dd-border-strong);
      border-radius: 6px;
      background: var(--dd-surface);
      color: var(--dd-text);
      text-overflow: ellipsis;
    }
  `,
})
export class PlanPickerComponent {
  readonly plans = input.required<readonly PlanSummaryDto[]>();
  readonly currentPlanId = input.required<string>();
  private readonly router = inject(Router);

  protected open(event: Event): void {
    const planId = (event.target as HTMLSelectElement).value;
    if (planId && planId !== this.currentPlanId()) void this.router.navigate(planBoardUrl(planId));
  }
}
