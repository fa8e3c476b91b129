import { inject, Injectable, provideAppInitializer, type EnvironmentProviders } from '@angular/core';
import type { BoardDto } from '@dondoc/contracts';
import { DondocApi } from '../../core/api/dondoc-api';
import { Session } from '../../core/auth/session';
import { PlansStore } from '../plans/plans.store';
import { FIRST_CARDS_PER_COLUMN, loadBoardPage, planIdOfPath } from './board-route';

/**
 * When the app starts on a plan board with a stored session, the board's first cards, the plans
 * and the page's code are asked for at once, while the route guard checks the session: otherwise
 * each waits for the one before (who am I → page code → its imports → board), a few hundred
 * milliseconds before a board can be used. A dead session costs two refused reads, made quietly:
 * the guard still decides where the user goes (to sign in, and back to this board after).
 */
@Injectable({ providedIn: 'root' })
export class BoardPrefetch {
  private readonly api = inject(DondocApi);
  private readonly session = inject(Session);
  private readonly plans = inject(PlansStore);
  private pending: { planId: string; board: Promise<BoardDto> } | null = null;

  /** Starts the reads the app's start address will need; nothing without a stored session. */
  startFor(path: string): void {
    if (!this.session.token()) return;
    void this.plans.load({ quietExpiry: true }).catch(() => undefined);
    const planId = planIdOfPath(path);
    if (planId === null) return;
    void loadBoardPage().catch(() => undefined);
    const board = this.api.boardStart(planId, FIRST_CARDS_PER_COLUMN, { quietExpiry: true });
    board.catch(() => undefined);
    this.pending = { planId, board };
  }

  /**
   * The board's first cards read at start, once, for the board that opens it; a read that failed
   * is made again. Null when nothing was read for this plan.
   */
  take(planId: string): Promise<BoardDto> | null {
    const pending = this.pending;
    if (pending?.planId !== planId) return null;
    this.pending = null;
    return pending.board.catch(() => this.api.boardStart(planId, FIRST_CARDS_PER_COLUMN));
  }
}

export function provideBoardPrefetch(): EnvironmentProviders {
  return provideAppInitializer(() => inject(BoardPrefetch).startFor(globalThis.location?.pathname ?? ''));
}
