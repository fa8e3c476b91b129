import { InjectionToken, inject } from '@angular/core';
import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@dondoc/contracts';
import { io, type Socket } from 'socket.io-client';
import { Session } from '../auth/session';

export type DondocSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type SocketFactory = (token: string) => DondocSocket;

/**
 * Opens the socket on the page's own origin; a token so tests can hand in a fake. Every (re)connect
 * reads the session's current access token, so a socket the server closed at its token's expiry
 * comes back with the renewed one; the token given is used only while the session holds none.
 */
export const SOCKET_FACTORY = new InjectionToken<SocketFactory>('SOCKET_FACTORY', {
  providedIn: 'root',
  factory: () => {
    const session = inject(Session);
    // WebSocket from the first packet: no long-polling round trips before a board goes live, and no
    // sticky sessions needed when several backend processes sit behind one address.
    return (token) =>
      io({
        path: SOCKET_PATH,
        transports: ['websocket'],
        auth: (send) => send({ token: session.token() ?? token }),
      });
  },
});
