import { Injectable, type OnDestroy, inject, signal } from '@angular/core';
import type { LeadershipBoardDto, TaskChangedMessage, TickerItemDto } from '@dondoc/contracts';
import { DondocApi } from '../../core/api/dondoc-api';
import { NoticeService } from '../../core/notify/notice.service';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { mergeTicker, tickerItemOf } from './ticker';

/** A burst of changes (a bulk move, a busy morning) costs one re-read of the aggregates. */
export const REFRESH_DEBOUNCE_MS = 300;

/**
 * The leadership board's data: the server's aggregates, never thousands of cards. Live changes
 * of the ward go straight to the ticker; the counts are re-read once the burst settles.
 */
@Injectable()
export class LeadershipStore implements OnDestroy {
  private readonly api = inject(DondocApi);
  private readonly realtime = inject(RealtimeService);
  private readonly notices = inject(NoticeService);
  private readonly boardValue = signal<LeadershipBoardDto | null>(null);
  private readonly tickerValue = signal<readonly TickerItemDto[]>([]);
  private readonly stateValue = signal<'loading' | 'ready' | 'failed'>('loading');
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private stopWatching: (() => void) | null = null;
  private readGeneration = 0;

  readonly board = this.boardValue.asReadonly();
  readonly ticker = this.tickerValue.asReadonly();
  readonly state = this.stateValue.asReadonly();

  /** Reads the aggregates, then follows the ward live. */
  async start(): Promise<void> {
    this.stateValue.set('loading');
    try {
      await this.read();
      this.stateValue.set('ready');
    } catch {
      this.stateValue.set('failed');
      return;
    }
    this.stopWatching ??= this.realtime.watchWard({
      onChange: (message) => this.applyChange(message),
      // Back after a gap: what happened meanwhile is only in fresh aggregates.
      onJoined: (rejoin) => {
        if (rejoin) this.scheduleRefresh();
      },
      onRefused: (message) => this.notices.show('error', message),
    });
  }

  ngOnDestroy(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
  }

  /** A change pushed by the server: on the ticker now, in the counts after the burst. */
  applyChange(message: TaskChangedMessage): void {
    this.tickerValue.update((ticker) => mergeTicker([tickerItemOf(message)], ticker));
    this.scheduleRefresh();
  }

  scheduleRefresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      void this.read().catch(() => undefined); // the next change or reconnect tries again
    }, REFRESH_DEBOUNCE_MS);
  }

  /** Only the newest read lands: an older answer arriving late is dropped. */
  private async read(): Promise<void> {
    const generation = ++this.readGeneration;
    const board = await this.api.leadership();
    if (generation !== this.readGeneration) return;
    this.boardValue.set(board);
    this.tickerValue.update((ticker) => mergeTicker(board.ticker, ticker));
  }
}
