import type { ClientToServerEvents, ServerToClientEvents, TaskChangedMessage } from '@dondoc/contracts';
import { planRoom, wardRoom } from '@dondoc/contracts';
import { Injectable, Logger } from '@nestjs/common';
import type { Server } from 'socket.io';

export type BoardServer = Server<ClientToServerEvents, ServerToClientEvents>;

/**
 * The one place that emits to sockets. Services publish here after their transaction commits;
 * the gateway attaches the Socket.IO server when it starts. A change goes to its plan's board and
 * to its ward's leadership room.
 */
@Injectable()
export class SocketHub {
  private readonly logger = new Logger(SocketHub.name);
  private server: BoardServer | null = null;

  attach(server: BoardServer): void {
    this.server = server;
  }

  taskChanged(message: TaskChangedMessage): void {
    if (!this.server) {
      this.logger.warn(
        `No socket server yet; event ${message.event.id} reaches clients on their next resync`,
      );
      return;
    }
    const { planId, wardId } = message.card;
    // One emit to the union of both rooms: a socket in both receives the message once.
    const rooms = wardId ? [planRoom(planId), wardRoom(wardId)] : [planRoom(planId)];
    this.server.to(rooms).emit('task.changed', message);
  }
}
