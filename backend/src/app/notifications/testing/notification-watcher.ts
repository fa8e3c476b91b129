import type { ClientToServerEvents, NotificationDto, ServerToClientEvents } from '@dondoc/contracts';
import { SOCKET_PATH } from '@dondoc/contracts';
import { io, type Socket } from 'socket.io-client';

/** A real Socket.IO client of one signed-in user that records the notifications it receives. */
export class NotificationWatcher {
  readonly received: NotificationDto[] = [];
  private waiters: { count: number; resolve: () => void }[] = [];

  private constructor(readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>) {
    socket.on('notification.created', (notification) => {
      this.received.push(notification);
      this.waiters = this.waiters.filter((waiter) => {
        if (this.received.length < waiter.count) return true;
        waiter.resolve();
        return false;
      });
    });
  }

  /** The server puts the socket in the user's room while it handles the connection. */
  static async connect(baseUrl: string, token: string): Promise<NotificationWatcher> {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(baseUrl, {
      path: SOCKET_PATH,
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return new NotificationWatcher(socket);
  }

  /** Resolves once `count` notifications have arrived in total; rejects after `ms` so a test fails clearly. */
  waitFor(count: number, ms = 5000): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`expected ${count} notifications, got ${this.received.length}`)),
        ms,
      );
      this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  close(): void {
    this.socket.close();
  }
}
