import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { planBoardUrl } from '../../routes.paths';
import { PlansStore } from './plans.store';

/** `/`: opens the first plan of the user's ward, or says there is none. */
@Component({
  selector: 'dd-plan-redirect-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="status" role="status">
      @switch (state()) {
        @case ('loading') {
          {{ 'app.loading' | translate }}
        }
        @case ('empty') {
          {{ 'plans.none' | translate }}
        }
        @case ('failed') {
          {{ 'plans.loadFailed' | translate }}
        }
      }
    </p>
  `,
  styles: `
    .status {
      padding: 2rem 1rem;
      text-align: center;
      color: var(--dd-muted);
    }
  `,
})
export class PlanRedirectPage {
  protected readonly state = signal<'loading' | 'empty' | 'failed'>('loading');
  private readonly plans = inject(PlansStore);
  private readonly router = inject(Router);

  constructor() {
    void this.openFirstPlan();
  }

  private async openFirstPlan(): Promise<void> {
    try {
      const [first] = await this.plans.load();
      if (first) await this.router.navigate(planBoardUrl(first.id), { replaceUrl: true });
      else this.state.set('empty');
    } catch {
      this.state.set('failed');
    }
  }
}
