import { Injectable, type OnDestroy, effect, inject, signal } from '@angular/core';
import type { JoinPlanAck, TaskChangedMessage } from '@dondoc/contracts';
import { AuthService } from '../auth/auth.service';
import { Session } from '../auth/session';
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
 * One Socket.IO connection for the whole app. Boards watch their plan; after every (re)connect
 * each watched plan is joined again with the last event id it saw, so nothing is lost in a gap.
 */
@Injectable({ providedIn: 'root' })
export class RealtimeService implements OnDestroy {
  private readonly session = inject(Session);
  private readonly auth = inject(AuthService);
  private readonly openSocket = inject(SOCKET_FACTORY);
  private readonly watches = new Set<PlanWatch>();
  private readonly wardWatches = new Map<WardWatch, { joined: boolean }>();
  private socket: DondocSocket | null = null;
  private lostConnection = false;
  private bannerTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly bannerValue = signal<ConnectionBanner>(null);

  readonly banner = this.bannerValue.asReadonly();

  constructor() {
    // Signing out closes the connection; the next board opens one with the new token.
    effect(() => {
      if (this.session.token() === null) this.close();
    });
  }

  ngOnDestroy(): void {
    this.watches.clear();
    this.wardWatches.clear();
    this.close();
  }

  /** Starts receiving the plan's changes; returns the function that stops it. */
  watch(plan: PlanWatch): () => void {
    this.watches.add(plan);
    const socket = this.connect();
    if (socket?.connected) this.join(socket, plan);
    return () => {
      this.watches.delete(plan);
      if (this.socket?.connected) this.socket.emit('plan.leave', { planId: plan.planId });
      if (this.watches.size === 0 && this.wardWatches.size === 0) this.close();
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
    return () => {
      this.wardWatches.delete(ward);
      if (this.watches.size === 0 && this.wardWatches.size === 0) this.close();
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
    socket.on('task.changed', (message) => {
      for (const plan of this.watches) if (plan.planId === message.event.planId) plan.onChange(message);
      // A city-level leader's socket may still sit in a ward room it followed before.
      for (const ward of this.wardWatches.keys())
        if (ward.wardId === undefined || ward.wardId === message.card.wardId) ward.onChange(message);
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
    if (this.lostConnection) {
      this.lostConnection = false;
      this.showBanner('restored');
    }
    for (const plan of this.watches) this.join(socket, plan);
    for (const ward of this.wardWatches.keys()) this.joinWard(socket, ward);
  }

  private onLost(): void {
    if (this.lostConnection) return;
    this.lostConnection = true;
    this.showBanner('lost');
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
          if (!answer.ok) plan.onRefused?.(answer.message);
          else if (answer.tooFarBehind) plan.onTooFarBehind();
          else plan.onMissed(answer.missed);
        },
      );
  }

  private joinWard(socket: DondocSocket, ward: WardWatch): void {
    const request = ward.wardId ? { wardId: ward.wardId } : {};
    socket
      .timeout(JOIN_TIMEOUT_MS)
      .emit('ward.join', request, (error: Error | null, answer: { ok: boolean; message?: string }) => {
        const state = this.wardWatches.get(ward);
        if (!state) return;
        if (error) {
          if (socket.connected && this.socket === socket) this.joinWard(socket, ward);
          return;
        }
        if (!answer.ok) {
          ward.onRefused?.(answer.message ?? '');
          return;
        }
        ward.onJoined?.(state.joined);
        state.joined = true;
      });
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
    this.lostConnection = false;
    if (this.bannerTimer) clearTimeout(this.bannerTimer);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.bannerTimer = this.retryTimer = null;
    this.bannerValue.set(null);
    socket?.removeAllListeners();
    socket?.disconnect();
  }
}
