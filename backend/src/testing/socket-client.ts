import type { ClientToServerEvents, JoinPlanAck, ServerToClientEvents } from '@dondoc/contracts';
import { SOCKET_PATH } from '@dondoc/contracts';
import { io, type Socket } from 'socket.io-client';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** What the server sends with one of its events. */
export type MessageOf<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>[0];

/** A real Socket.IO client, as the frontend opens it; resolves once the server accepted the connection. */
export async function connectClient(baseUrl: string, token: string | undefined): Promise<ClientSocket> {
  const socket: ClientSocket = io(baseUrl, {
    path: SOCKET_PATH,
    auth: token ? { token } : {},
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** A socket that records every message of one server event, so a test can wait for and read them. */
export class EventRecorder<E extends keyof ServerToClientEvents> {
  readonly received: MessageOf<E>[] = [];
  private waiters: { count: number; resolve: () => void }[] = [];

  protected constructor(
    readonly socket: ClientSocket,
    private readonly event: E,
  ) {
    // `onAny` because the typed `on` cannot follow a generic event name to its listener's type.
    socket.onAny((name: string, message: MessageOf<E>) => {
      if (name !== event) return;
      this.received.push(message);
      this.waiters = this.waiters.filter((waiter) => {
        if (this.received.length < waiter.count) return true;
        waiter.resolve();
        return false;
      });
    });
  }

  /** Resolves once `count` messages have arrived in total; rejects after `ms` so a test fails clearly. */
  waitFor(count: number, ms = 5000): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`expected ${count} ${this.event} messages, got ${this.received.length}`)),
        ms,
      );
      this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  close(): void {
    this.socket.close();
  }
}

/** A real Socket.IO client that records every task.changed message it receives. */
export class BoardWatcher extends EventRecorder<'task.changed'> {
  private constructor(socket: ClientSocket) {
    super(socket, 'task.changed');
  }

  static async connect(baseUrl: string, token: string | undefined): Promise<BoardWatcher> {
    return new BoardWatcher(await connectClient(baseUrl, token));
  }

  join(planId: string, since?: string | null): Promise<JoinPlanAck> {
    return new Promise((resolve) => this.socket.emit('plan.join', { planId, since }, resolve));
  }
}

/** A real Socket.IO client that records every message of one live event (`task.created`, …). */
export class LiveRecorder<E extends keyof ServerToClientEvents> extends EventRecorder<E> {
  static async connect<E extends keyof ServerToClientEvents>(
    baseUrl: string,
    token: string | undefined,
    event: E,
  ): Promise<LiveRecorder<E>> {
    return new LiveRecorder(await connectClient(baseUrl, token), event);
  }

  joinPlan(planId: string, since?: string | null): Promise<JoinPlanAck> {
    return new Promise((resolve) => this.socket.emit('plan.join', { planId, since }, resolve));
  }

  joinWard(): Promise<{ ok: boolean }> {
    return new Promise((resolve) => this.socket.emit('ward.join', {}, resolve));
  }
}

/** A plan board's socket that also records what it hears of the ward's working calendar. */
export class CalendarWatcher extends EventRecorder<'calendar.changed'> {
  constructor(socket: ClientSocket) {
    super(socket, 'calendar.changed');
  }
}

/** A plan board's socket that also records what it hears of the plan's own facts (its sections). */
export class PlanChangeWatcher extends EventRecorder<'plan.changed'> {
  constructor(socket: ClientSocket) {
    super(socket, 'plan.changed');
  }
}
