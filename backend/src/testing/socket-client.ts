import type {
  ClientToServerEvents,
  JoinPlanAck,
  ServerToClientEvents,
  TaskChangedMessage,
} from '@dondoc/contracts';
import { SOCKET_PATH } from '@dondoc/contracts';
import { io, type Socket } from 'socket.io-client';

export type BoardClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real Socket.IO client that records every task.changed message it receives. */
export class BoardWatcher {
  readonly received: TaskChangedMessage[] = [];
  private waiters: { count: number; resolve: () => void }[] = [];

  private constructor(readonly socket: BoardClient) {
    socket.on('task.changed', (message) => {
      this.received.push(message);
      this.waiters = this.waiters.filter((waiter) => {
        if (this.received.length < waiter.count) return true;
        waiter.resolve();
        return false;
      });
    });
  }

  static async connect(baseUrl: string, token: string | undefined): Promise<BoardWatcher> {
    const socket: BoardClient = io(baseUrl, {
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
    return new BoardWatcher(socket);
  }

  join(planId: string, since?: string | null): Promise<JoinPlanAck> {
    return new Promise((resolve) => this.socket.emit('plan.join', { planId, since }, resolve));
  }

  /** Resolves once `count` messages have arrived in total; rejects after `ms` so a test fails clearly. */
  waitFor(count: number, ms = 5000): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`expected ${count} messages, got ${this.received.length}`)),
        ms,
      );
      this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  close(): void {
    this.socket.close();
  }
}
