import { Injectable, type OnDestroy, computed, effect, inject, signal, untracked } from '@angular/core';
import type { DigestDto, NotificationDto } from '@dondoc/contracts';
import { Session } from '../../core/auth/session';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { NotificationsApi } from './notifications-api';

/** How many notifications the bell keeps and asks for. */
export const SHOWN_NOTIFICATIONS = 30;

export type LoadState = 'idle' | 'loading' | 'ready' | 'failed';

/** Newest first; a notification that is already there is replaced, never shown twice. */
export function mergeNotifications(
  current: readonly NotificationDto[],
  incoming: readonly NotificationDto[],
  keep = SHOWN_NOTIFICATIONS,
): NotificationDto[] {
  const byId = new Map(current.map((item) => [item.id, item]));
  for (const item of incoming) byId.set(item.id, item);
  return [...byId.values()]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id))
    .slice(0, keep);
}

/**
 * The signed-in user's notifications: read from the API whenever the live connection (re)opens,
 * then kept current by `notification.created` messages on the user's own socket room. The app's
 * one connection is open on every page while the user is signed in, so the bell is always live.
 */
@Injectable({ providedIn: 'root' })
export class NotificationStore implements OnDestroy {
  private readonly session = inject(Session);
  private readonly api = inject(NotificationsApi);
  private readonly realtime = inject(RealtimeService);
  private readonly stopListening: (() => void)[] = [];
  /**
   * Moves on at every connect and sign-out: a list read before then is out of date (or another
   * user's), so its answer is dropped and does not make the bell live.
   */
  private round = 0;
  private readonly itemsValue = signal<NotificationDto[]>([]);
  private readonly unreadValue = signal(0);
  private readonly stateValue = signal<LoadState>('idle');
  private readonly digestsValue = signal<DigestDto[]>([]);
  private readonly digestStateValue = signal<LoadState>('idle');
  /** The list has been read since the connection last opened. */
  private readonly readSinceConnect = signal(false);
  private readonly arrivals = new Set<(notification: NotificationDto) => void>();

  readonly items = this.itemsValue.asReadonly();
  readonly unreadCount = this.unreadValue.asReadonly();
  readonly state = this.stateValue.asReadonly();
  readonly digests = this.digestsValue.asReadonly();
  readonly digestState = this.digestStateValue.asReadonly();
  /** Connected, and the list has been read since: what arrives from now on shows at once. */
  readonly live = computed(() => this.realtime.connected() && this.readSinceConnect());
  readonly hasUnread = computed(() => this.unreadValue() > 0);

  constructor() {
    this.stopListening.push(
      this.realtime.onConnected(() => this.readAfterConnect()),
      this.realtime.onNotification((notification) => this.arrived(notification)),
    );
    // The connection may have opened before the bell first asked for the store.
    if (this.realtime.connected()) this.readAfterConnect();
    // Signing out forgets the user's list (the realtime service closes the connection).
    effect(() => {
      if (this.session.token() === null) untracked(() => this.reset());
    });
  }

  ngOnDestroy(): void {
    for (const stop of this.stopListening.splice(0)) stop();
    this.reset();
  }

  /** Called for each notification that arrives live (e.g. to announce it). */
  onArrival(listener: (notification: NotificationDto) => void): () => void {
    this.arrivals.add(listener);
    return () => this.arrivals.delete(listener);
  }

  async refresh(): Promise<void> {
    const round = this.round;
    if (this.stateValue() !== 'ready') this.stateValue.set('loading');
    try {
      const list = await this.api.list({ limit: SHOWN_NOTIFICATIONS });
      if (round !== this.round) return;
      this.itemsValue.set(mergeNotifications([], list.items));
      this.unreadValue.set(list.unreadCount);
      this.stateValue.set('ready');
    } catch {
      if (round === this.round) this.stateValue.set('failed');
    }
  }

  async loadDigests(): Promise<void> {
    this.digestStateValue.set('loading');
    try {
      this.digestsValue.set(await this.api.digests());
      this.digestStateValue.set('ready');
    } catch {
      this.digestStateValue.set('failed');
    }
  }

  async markRead(notification: NotificationDto): Promise<void> {
    if (notification.readAt) return;
    const read = await this.api.markRead(notification.id);
    const wasUnread = this.itemsValue().some((item) => item.id === read.id && item.readAt === null);
    this.itemsValue.update((items) => mergeNotifications(items, [read]));
    if (wasUnread) this.unreadValue.update((count) => Math.max(0, count - 1));
  }

  async markAllRead(): Promise<void> {
    await this.api.markAllRead();
    const now = new Date().toISOString();
    this.itemsValue.update((items) => items.map((item) => (item.readAt ? item : { ...item, readAt: now })));
    this.unreadValue.set(0);
  }

  /** Whatever arrived while the connection was down is in the list the API gives. */
  private readAfterConnect(): void {
    const round = ++this.round;
    this.readSinceConnect.set(false);
    void this.refresh().then(() => {
      if (round === this.round) this.readSinceConnect.set(true);
    });
  }

  /**
   * A notification may come again: a summary of the reminders whose count grew the same day comes
   * back unread, and counts as unread again if it had been read.
   */
  private arrived(notification: NotificationDto): void {
    const known = this.itemsValue().find((item) => item.id === notification.id);
    this.itemsValue.update((items) => mergeNotifications(items, [notification]));
    if (known && (known.readAt === null || notification.readAt !== null)) return;
    if (notification.readAt === null) this.unreadValue.update((count) => count + 1);
    for (const listener of this.arrivals) listener(notification);
  }

  private reset(): void {
    this.round++;
    this.readSinceConnect.set(false);
    this.itemsValue.set([]);
    this.unreadValue.set(0);
    this.digestsValue.set([]);
    this.stateValue.set('idle');
    this.digestStateValue.set('idle');
  }
}
