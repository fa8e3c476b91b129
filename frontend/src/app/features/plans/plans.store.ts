import { Injectable, effect, inject, signal } from '@angular/core';
import type { PlanSummaryDto } from '@dondoc/contracts';
import { DondocApi } from '../../core/api/dondoc-api';
import { Session } from '../../core/auth/session';

/** The plans of the user's ward, read once per session and shared by the picker and the redirect. */
@Injectable({ providedIn: 'root' })
export class PlansStore {
  private readonly api = inject(DondocApi);
  private readonly plansValue = signal<readonly PlanSummaryDto[] | null>(null);
  private loading: Promise<readonly PlanSummaryDto[]> | null = null;

  readonly plans = this.plansValue.asReadonly();

  constructor() {
    // Another sign-in on this tab may belong to another ward: its plans are read afresh.
    const session = inject(Session);
    effect(() => {
      session.token();
      this.reset();
    });
  }

  load(): Promise<readonly PlanSummaryDto[]> {
    const known = this.plansValue();
    if (known) return Promise.resolve(known);
    this.loading ??= this.api
      .plans()
      .then((plans) => {
        this.plansValue.set(plans);
        return plans;
      })
      .finally(() => (this.loading = null));
    return this.loading;
  }

  reset(): void {
    this.plansValue.set(null);
    this.loading = null;
  }
}
