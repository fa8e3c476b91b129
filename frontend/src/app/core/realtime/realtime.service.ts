import { Injectable, type OnDestroy, effect, inject, signal, untracked } from '@angular/core';
import type { BoardSectionDto, JoinPlanAck, NotificationDto, TaskChangedMessage } from '@dondoc/contracts';
import { TranslateService } from '@ngx-translate/core';
import { AuthService } from '../auth/auth.service';
import { Session } from '../auth/session';
import { toRefusal } from '../http/api-error';
import { errorText } from '../http/error-text';
import { LanguageService } from '../i18n/language.service';
import { type DondocSocket, SOCKET_FACTORY } from './socket-factory';

export type ConnectionBanner = 'lost' | 'restored' | null;

/** What a board asks of the live connection while it is open. */
export interface PlanWatch {
  planId: string;
  /** The last event the board has seen: a (re)join asks for everything newer. */
  since: () => string | null;
  onChange: (message: TaskChangedMessage) => void;
  onMissed: (messages: TaskChangedMessage[]) => void;
  /** The server no longer holds all that was missed: the board must be read again. */
  onTooFarBehind: () => void;
  /**
   * The plan's sections as they now stand: pushed when a revision renamed or added some, and
   * given again on every rejoin, as a push missed while away is not replayed.
   */
  onSections?: (sections: BoardSectionDto[]) => void;
  onRefused?: (message: string) => void;
}

/** What a leadership board asks of the live connection: every change of one ward. */
export interface WardWatch {
  /** The ward to follow: the user's own when absent, or one granted to a city-level leader. */
  wardId?: string;
  onChange: (message: TaskChangedMessage) => void;
  /** Joined (again): after a reconnect the watcher re-reads what it may have missed. */
  onJoined?: (rejoin: boolean) => void;
  onRefused?: (message: string) => void;
}

const JOIN_TIMEOUT_MS = 10_000;
const RESTORED_BANNER_MS = 4_000;
/** Retry delay after the server refused the handshake (socket.io does not retry those itself). */
const REFUSED_RETRY_MS = 5_000;

/**
 * The app's only Socket.IO connection, open while the user is signed in. The server puts it in the
 * user's own room, so the notification bell listens on it on every page; boards join their plan or
 * ward on the same socket, and after every (re)connect each watch is joined again (a plan with the
 * last event id it saw), so nothing is lost in a gap.
 */
@Injectable({ providedIn: 'root' })
export class RealtimeService implements OnDestroy {
  private readonly session = inject(Session);
  private readonly auth = inject(AuthService);
  private readonly openSocket = inject(SOCKET_FACTORY);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService).language;
  private readonly watches = new Set<PlanWatch>();
  private readonly wardWatches = new Map<WardWatch, { joined: boolean }>();
  private readonly connectedListeners = new Set<() => void>();
  private readonly notificationListeners = new Set<(notification: NotificationDto) => void>();
  private socket: DondocSocket | null = null;
  /** The socket has been open at least once: losing it from now on is worth telling. */
  private wasOpen = false;
  /** The socket is down (lost, refused or failing to connect) and not back yet. */
  private down = false;
  /** The "lost" banner went up for this outage, so coming back says "restored". */
  private lostConnection = false;
  private bannerTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly bannerValue = signal<ConnectionBanner>(null);
  private readonly connectedValue = signal(false);

  readonly banner = this.bannerValue.asReadonly();
  /** The socket is connected right now; `onConnected` tells of each time it (re)connects. */
  readonly connected = this.connectedValue.asReadonly();

  constructor() {
    // Open while signed in, closed on sign-out. Signed in means the user is known too: after a
    // reload that is once the route guard has checked (and if need be renewed) the stored token,
    // so the first handshake never goes out with a dead one. Renewed tokens need no new socket:
    // every (re)connect reads the session's current token.
    effect(() => {
      const signedIn = this.session.signedIn();
      untracked(() => (signedIn ? this.connect() : this.close()));
    });
  }

  ngOnDestroy(): void {
    this.watches.clear();
    this.wardWatches.clear();
    this.connectedListeners.clear();
    this.notificationListeners.clear();
    this.close();
  }

  /** Called after every (re)connect, e.g. to read again what may have been missed while down. */
  onConnected(listener: () => void): () => void {
    this.connectedListeners.add(listener);
    return () => this.connectedListeners.delete(listener);
  }

  /** Called for each `notification.created` the server sends to the user's room. */
  onNotification(listener: (notification: NotificationDto) => void): () => void {
    this.notificationListeners.add(listener);
    return () => this.notificationListeners.delete(listener);
  }

  /** Starts receiving the plan's changes; returns the function that stops it. */
  watch(plan: PlanWatch): () => void {
    this.watches.add(plan);
    const socket = this.connect();
    if (socket?.connected) this.join(socket, plan);
    this.showLostIfDue();
    // The socket stays open for the bell; it only stops listening to this plan.
    return () => {
      this.watches.delete(plan);
      if (this.socket?.connected) this.socket.emit('plan.leave', { planId: plan.planId });
    };
  }

  /**
   * Starts receiving every change of the user's ward (the server puts the socket in the ward's
   * room, authorised like reading the leadership board); returns the function that stops it.
   */
  watchWard(ward: WardWatch): () => void {
    this.wardWatches.set(ward, { joined: false });
    const socket = this.connect();
    if (socket?.connected) this.joinWard(socket, ward);
    this.showLostIfDue();
    return () => {
      this.wardWatches.delete(ward);
      const stillWatched = [...this.wardWatches.keys()].some((other) => other.wardId === ward.wardId);
      if (!stillWatched && this.socket?.connected)
        this.socket.emit('ward.leave', ward.wardId ? { wardId: ward.wardId } : {});
    };
  }

  private connect(): DondocSocket | null {
    if (this.socket) return this.socket;
    const token = this.session.token();
    if (!token) return null;
    const socket = this.openSocket(token);
    let tokenExpired = false;
    socket.on('connect', () => this.onConnect(socket));
    // The server closes a socket when its access token expires: renew it and reconnect at once.
    socket.on('auth.expired', () => (tokenExpired = true));
    socket.on('disconnect', (reason) => {
      this.connectedValue.set(false);
      if (reason === 'io client disconnect') return;
      if (reason === 'io server disconnect' && tokenExpired) {
        tokenExpired = false;
        this.retryAfterRefusal(socket, 0);
        return;
      }
      this.onLost();
      // Socket.IO reconnects by itself except when the server itself closed the socket.
      if (reason === 'io server disconnect') this.retryAfterRefusal(socket);
    });
    socket.on('connect_error', () => {
      this.onLost();
      if (!socket.active) this.retryAfterRefusal(socket);
    });
    // A new task (added by hand, by the scheduler) is applied like a change: its card is news.
    const deliver = (message: TaskChangedMessage) => {
      for (const plan of this.watches) if (plan.planId === message.event.planId) plan.onChange(message);
      // A city-level leader's socket may still sit in a ward room it followed before.
      for (const ward of this.wardWatches.keys())
        if (ward.wardId === undefined || ward.wardId === message.card.wardId) ward.onChange(message);
    };
    socket.on('task.changed', deliver);
    socket.on('task.created', deliver);
    // A ward's working calendar changed (a year confirmed): every due date may count differently, so
    // each open board of the ward reads its cards again (only the ward's rooms hear the message).
    socket.on('calendar.changed', (message) => {
      for (const plan of this.watches) plan.onTooFarBehind();
      for (const ward of this.wardWatches.keys())
        if (ward.wardId === undefined || ward.wardId === message.wardId) ward.onJoined?.(true);
    });
    // A revision renamed or added the plan's sections: the board takes them as they now stand.
    socket.on('plan.changed', (message) => {
      for (const plan of this.watches)
        if (plan.planId === message.planId) plan.onSections?.(message.sections);
    });
    socket.on('notification.created', (notification) => {
      for (const listener of this.notificationListeners) listener(notification);
    });
    this.socket = socket;
    return socket;
  }

  /**
   * The server turned the socket away, most likely for an expired token: if the session is
   * still good (verifying it renews the token), try again a little later, or at once when the server
   * said the token expired; otherwise the auth service signs the user out.
   */
  private retryAfterRefusal(socket: DondocSocket, delayMs = REFUSED_RETRY_MS): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(async () => {
      this.retryTimer = null;
      if (this.socket === socket && (await this.auth.verifySession()) && this.socket === socket)
        socket.connect();
    }, delayMs);
  }

  private onConnect(socket: DondocSocket): void {
    this.wasOpen = true;
    this.down = false;
    this.connectedValue.set(true);
    if (this.lostConnection) {
      this.lostConnection = false;
      this.showBanner('restored');
    }
    for (const plan of this.watches) this.join(socket, plan);
    for (const ward of this.wardWatches.keys()) this.joinWard(socket, ward);
    for (const listener of this.connectedListeners) listener();
  }

  private onLost(): void {
    this.down = true;
    this.showLostIfDue();
  }

  /**
   * The banner tells of a connection that was open and is lost, or of a board that cannot go live.
   * The socket the app opens at sign-in says nothing while it has never connected: a first attempt
   * that fails, with no board watching, is no loss the user could notice.
   */
  private showLostIfDue(): void {
    if (!this.down || this.lostConnection) return;
    if (!this.wasOpen && this.watches.size === 0 && this.wardWatches.size === 0) return;
    this.lostConnection = true;
    this.showBanner('lost');
  }

  /** Why the server refused a room, in the user's language (the server words it in Vietnamese). */
  private refusalText(answer: { code?: string; message?: string }): string {
    return errorText(toRefusal(answer), this.language(), (key, params) =>
      String(this.translate.instant(key, params)),
    );
  }

  private join(socket: DondocSocket, plan: PlanWatch): void {
    socket
      .timeout(JOIN_TIMEOUT_MS)
      .emit(
        'plan.join',
        { planId: plan.planId, since: plan.since() },
        (error: Error | null, answer: JoinPlanAck) => {
          if (!this.watches.has(plan)) return;
          // No answer in time: ask again while connected; a lost socket re-joins on reconnect anyway.
          if (error) {
            if (socket.connected && this.socket === socket) this.join(socket, plan);
            return;
          }
          if (!answer.ok) {
            plan.onRefused?.(this.refusalText(answer));
            return;
          }
          if (answer.sections) plan.onSections?.(answer.sections);
          if (answer.tooFarBehind) plan.onTooFarBehind();
          else plan.onMissed(answer.missed);
        },
      );
  }

  private joinWard(socket: DondocSocket, ward: WardWatch): void {
    const request = ward.wardId ? { wardId: ward.wardId } : {};
    socket
      .timeout(JOIN_TIMEOUT_MS)
      .emit(
        'ward.join',
        request,
        (error: Error | null, answer: { ok: boolean; code?: string; message?: string }) => {
          const state = this.wardWatches.get(ward);
          if (!state) return;
          if (error) {
            if (socket.connected && this.socket === socket) this.joinWard(socket, ward);
            return;
          }
          if (!answer.ok) {
            ward.onRefused?.(this.refusalText(answer));
            return;
          }
          ward.onJoined?.(state.joined);
          state.joined = true;
        },
      );
  }

  private showBanner(banner: Exclude<ConnectionBanner, null>): void {
    if (this.bannerTimer) clearTimeout(this.bannerTimer);
    this.bannerTimer = null;
    this.bannerValue.set(banner);
    if (banner === 'restored') {
      this.bannerTimer = setTimeout(() => this.bannerValue.set(null), RESTORED_BANNER_MS);
    }
  }

  private close(): void {
    const socket = this.socket;
    this.socket = null;
    this.wasOpen = this.down = this.lostConnection = false;
    this.connectedValue.set(false);
    if (this.bannerTimer) clearTimeout(this.bannerTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.bannerTimer = this.retryTimer = null;
    this.bannerValue.set(null);
    socket?.removeAllListeners();
    socket?.disconnect();
  }
}
