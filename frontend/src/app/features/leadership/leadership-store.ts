import { Injectable, type OnDestroy, computed, inject, signal } from '@angular/core';
import type {
  LeadershipBoardDto,
  LeadershipWardDto,
  TaskChangedMessage,
  TickerItemDto,
} from '@dondoc/contracts';
import { DondocApi } from '../../core/api/dondoc-api';
import { NoticeService } from '../../core/notify/notice.service';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { AsOfApi } from '../reports/as-of/as-of-api';
import { mergeTicker, tickerItemOf } from './ticker';

/** A burst of changes (a bulk move, a busy morning) costs one re-read of the aggregates. */
export const REFRESH_DEBOUNCE_MS = 300;

/** The ward a code names among those the user may read, or their own (listed first) when it names none. */
export function wardOfCode(
  wards: readonly LeadershipWardDto[],
  code: string | null,
): LeadershipWardDto | null {
  return wards.find((ward) => code !== null && ward.code === code) ?? wards[0] ?? null;
}

/**
 * The leadership board's data: the server's aggregates, never thousands of cards. Live changes
 * of the ward go straight to the ticker; the counts are re-read once the burst settles. A
 * city-level leader reads the wards granted to them one at a time: switching ward drops the
 * previous ward's board, ticker and live room.
 */
@Injectable()
export class LeadershipStore implements OnDestroy {
  private readonly api = inject(DondocApi);
  private readonly realtime = inject(RealtimeService);
  private readonly notices = inject(NoticeService);
  private readonly asOfApi = inject(AsOfApi);
  private readonly dayValue = signal<string | null>(null);
  private readonly boardValue = signal<LeadershipBoardDto | null>(null);
  private readonly tickerValue = signal<readonly TickerItemDto[]>([]);
  private readonly stateValue = signal<'loading' | 'ready' | 'failed'>('loading');
  private readonly wardsValue = signal<readonly LeadershipWardDto[]>([]);
  private readonly shownValue = signal<LeadershipWardDto | null>(null);
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private stopWatching: (() => void) | null = null;
  private readGeneration = 0;
  private startGeneration = 0;
  private askedCode: string | null = null;

  /** The day shown (read-only, not followed live), or null for the live board. */
  readonly day = this.dayValue.asReadonly();

  readonly board = this.boardValue.asReadonly();
  readonly ticker = this.tickerValue.asReadonly();
  readonly state = this.stateValue.asReadonly();
  /** Every ward the user may read, their own first; more than one only for a city-level leader. */
  readonly wards = this.wardsValue.asReadonly();
  /** The ward on screen. */
  readonly shown = this.shownValue.asReadonly();
  /** Task links lead to plan boards, which only the user's own ward opens. */
  readonly showsHomeWard = computed(() => this.shownValue()?.home ?? true);

  /** Reads the aggregates of the ward the code names (the user's own when null), then follows it live. */
  async start(wardCode: string | null = this.askedCode, day: string | null = this.dayValue()): Promise<void> {
    this.askedCode = wardCode;
    this.dayValue.set(day);
    const attempt = ++this.startGeneration;
    this.stopFollowing();
    this.stateValue.set('loading');
    try {
      if (this.wardsValue().length === 0) this.wardsValue.set(await this.api.leadershipWards());
      const ward = wardOfCode(this.wardsValue(), wardCode);
      if (ward?.code !== this.shownValue()?.code) {
        this.boardValue.set(null);
        this.tickerValue.set([]);
      }
      this.shownValue.set(ward);
      await this.read();
      if (attempt !== this.startGeneration) return; // another ward was asked for meanwhile
      this.stateValue.set('ready');
    } catch {
      if (attempt === this.startGeneration) this.stateValue.set('failed');
      return;
    }
    if (day) return; // a past day does not change
    const wardId = this.shownValue()?.id;
    this.stopWatching = this.realtime.watchWard({
      ...(wardId ? { wardId } : {}),
      onChange: (message) => this.applyChange(message),
      // Back after a gap: what happened meanwhile is only in fresh aggregates.
      onJoined: (rejoin) => {
        if (rejoin) this.scheduleRefresh();
      },
      onRefused: (message) => this.notices.show('error', message),
    });
  }

  /** Shows another ward (a tab of a city-level leader); the same ward again changes nothing. */
  async show(wardCode: string | null, day: string | null = null): Promise<void> {
    const ward = wardOfCode(this.wardsValue(), wardCode);
    const same = ward && ward.code === this.shownValue()?.code && day === this.dayValue();
    if (same && this.stateValue() !== 'failed') return;
    await this.start(wardCode, day);
  }

  ngOnDestroy(): void {
    this.stopFollowing();
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

  private stopFollowing(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = null;
  }

  /** Only the newest read lands: an older answer (or one of the ward shown before) arriving late is dropped. */
  private async read(): Promise<void> {
    const generation = ++this.readGeneration;
    const ward = this.shownValue();
    const wardId = ward && !ward.home ? ward.id : undefined;
    const day = this.dayValue();
    const board = day ? await this.asOfApi.leadership(day, wardId) : await this.api.leadership(wardId);
    if (generation !== this.readGeneration) return;
    this.boardValue.set(board);
    this.tickerValue.update((ticker) => mergeTicker(board.ticker, ticker));
  }
}
