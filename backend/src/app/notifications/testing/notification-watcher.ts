import { type ClientSocket, connectClient, EventRecorder } from '../../../testing/socket-client';

/** A real Socket.IO client of one signed-in user that records the notifications it receives. */
export class NotificationWatcher extends EventRecorder<'notification.created'> {
  private constructor(socket: ClientSocket) {
    super(socket, 'notification.created');
  }

  /** The server puts the socket in the user's room while it handles the connection. */
  static async connect(baseUrl: string, token: string): Promise<NotificationWatcher> {
    return new NotificationWatcher(await connectClient(baseUrl, token));
  }
}
