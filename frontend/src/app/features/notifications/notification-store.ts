import { Injectable, type OnDestroy, computed, effect, inject, signal, untracked } from '@angular/core';
import type { DigestDto, NotificationDto } from '@dondoc/contracts';
import { Session } from '../../core/auth/session';
import { type DondocSocket, SOCKET_FACTORY } from '../../core/realtime/socket-factory';
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
 * then kept current by `notification.created` messages on the user's own socket room. The bell
 * has a connection of its own, so it stays live on every page, whatever the boards watch.
 */
@Injectable({ providedIn: 'root' })
export class NotificationStore implements OnDestroy {
  private readonly session = inject(Session);
  private readonly api = inject(NotificationsApi);
  private readonly openSocket = inject(SOCKET_FACTORY);
  private socket: DondocSocket | null = null;
  private readonly itemsValue = signal<NotificationDto[]>([]);
  private readonly unreadValue = signal(0);
  private readonly stateValue = signal<LoadState>('idle');
  private readonly digestsValue = signal<DigestDto[]>([]);
  private readonly digestStateValue = signal<LoadState>('idle');
  private readonly liveValue = signal(false);
  private readonly arrivals = new Set<(notification: NotificationDto) => void>();

  readonly items = this.itemsValue.asReadonly();
  readonly unreadCount = this.unreadValue.asReadonly();
  readonly state = this.stateValue.asReadonly();
  readonly digests = this.digestsValue.asReadonly();
  readonly digestState = this.digestStateValue.asReadonly();
  /** Connected, and the list has been read since: what arrives from now on shows at once. */
  readonly live = this.liveValue.asReadonly();
  readonly hasUnread = computed(() => this.unreadValue() > 0);

  constructor() {
    // A new token (sign-in, refresh) opens a connection with it; signing out closes it.
    effect(() => {
      const token = this.session.token();
      untracked(() => (token ? this.connect(token) : this.reset()));
    });
  }

  ngOnDestroy(): void {
    this.reset();
  }

  /** Called for each notification that arrives live (e.g. to announce it). */
  onArrival(listener: (notification: NotificationDto) => void): () => void {
    this.arrivals.add(listener);
    return () => this.arrivals.delete(listener);
  }

  async refresh(): Promise<void> {
    if (this.stateValue() !== 'ready') this.stateValue.set('loading');
    try {
      const list = await this.api.list({ limit: SHOWN_NOTIFICATIONS });
      this.itemsValue.set(mergeNotifications([], list.items));
      this.unreadValue.set(list.unreadCount);
      this.stateValue.set('ready');
    } catch {
      this.stateValue.set('failed');
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

  private connect(token: string): void {
    this.closeSocket();
    const socket = this.openSocket(token);
    socket.on('connect', () => {
      // Whatever arrived while the connection was down is in the list the API gives.
      void this.refresh().then(() => this.liveValue.set(this.socket === socket && socket.connected));
    });
    socket.on('disconnect', () => this.liveValue.set(false));
    socket.on('notification.created', (notification) => this.arrived(notification));
    this.socket = socket;
  }

  private arrived(notification: NotificationDto): void {
    const known = this.itemsValue().some((item) => item.id === notification.id);
    this.itemsValue.update((items) => mergeNotifications(items, [notification]));
    if (known) return;
    if (notification.readAt === null) this.unreadValue.update((count) => count + 1);
    for (const listener of this.arrivals) listener(notification);
  }

  private closeSocket(): void {
    const socket = this.socket;
    this.socket = null;
    this.liveValue.set(false);
    socket?.removeAllListeners();
    socket?.disconnect();
  }

  private reset(): void {
    this.closeSocket();
    this.itemsValue.set([]);
    this.unreadValue.set(0);
    this.digestsValue.set([]);
    this.stateValue.set('idle');
    this.digestStateValue.set('idle');
  }
}
