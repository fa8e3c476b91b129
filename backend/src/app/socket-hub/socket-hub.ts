import type {
  CalendarChangedMessage,
  ClientToServerEvents,
  NotificationDto,
  PlanChangedMessage,
  ServerToClientEvents,
  TaskChangedMessage,
} from '@dondoc/contracts';
import { planRoom, taskMessageName, userRoom, wardRoom } from '@dondoc/contracts';
import { Injectable, Logger } from '@nestjs/common';
import type { Server } from 'socket.io';

export type BoardServer = Server<ClientToServerEvents, ServerToClientEvents>;

/**
 * The one place that emits to sockets; the gateway attaches the Socket.IO server when it starts.
 * Task changes reach it only through the OutboxPublisher, after their transaction commits, so that
 * each change is emitted once even across a crash. A change goes to its plan's board and to its
 * ward's leadership room.
 */
@Injectable()
export class SocketHub {
  private readonly logger = new Logger(SocketHub.name);
  private server: BoardServer | null = null;

  attach(server: BoardServer): void {
    this.server = server;
  }

  get attached(): boolean {
    return this.server !== null;
  }

  /** False when there is no socket server yet: the message was not emitted and stays to publish. */
  taskChanged(message: TaskChangedMessage): boolean {
    if (!this.server) {
      this.logger.warn(`No socket server yet; event ${message.event.id} stays in the outbox`);
      return false;
    }
    const { planId, wardId } = message.card;
    // One emit to the union of both rooms: a socket in both receives the message once.
    const rooms = wardId ? [planRoom(planId), wardRoom(wardId)] : [planRoom(planId)];
    this.server.to(rooms).emit(taskMessageName(message), message);
    return true;
  }

  /** A ward's calendar changed: to the given plan boards and the ward's leadership room at once. */
  calendarChanged(planIds: readonly string[], message: CalendarChangedMessage): void {
    const rooms = [...planIds.map((planId) => planRoom(planId)), wardRoom(message.wardId)];
    this.server?.to(rooms).emit('calendar.changed', message);
  }

  /** A plan's sections changed: to the plan's board (not through the outbox; see PlanChangedMessage). */
  planChanged(message: PlanChangedMessage): void {
    this.server?.to(planRoom(message.planId)).emit('plan.changed', message);
  }

  /**
   * A user's sessions ended (deactivated): each of their sockets, in this process or another, is
   * told why and closed now rather than at its token's expiry.
   */
  endSessionsOf(userId: string, at: Date): void {
    if (!this.server) return;
    const room = this.server.to(userRoom(userId));
    room.emit('auth.expired', { expiredAt: at.toISOString() });
    this.server.in(userRoom(userId)).disconnectSockets(true);
  }

  /** A personal notification, to every socket of its recipient (each joins its user room on connect). */
  notificationCreated(recipientId: string, notification: NotificationDto): void {
    this.server?.to(userRoom(recipientId)).emit('notification.created', notification);
  }
}
