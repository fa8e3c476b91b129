import { Injectable, effect, inject, signal, untracked } from '@angular/core';
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
    // The first run is skipped: the plans may already be on their way, read at start for this session.
    const session = inject(Session);
    let seenToken = session.token();
    effect(() => {
      const token = session.token();
      if (token === seenToken) return;
      seenToken = token;
      untracked(() => this.reset());
    });
  }

  /** `quietExpiry` for a read made before the session is checked (see `BoardPrefetch`). */
  load(options: { quietExpiry?: boolean } = {}): Promise<readonly PlanSummaryDto[]> {
    const known = this.plansValue();
    if (known) return Promise.resolve(known);
    this.loading ??= this.api
      .plans(options)
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
