import { InjectionToken } from '@angular/core';
import { type ClientToServerEvents, type ServerToClientEvents, SOCKET_PATH } from '@dondoc/contracts';
import { io, type Socket } from 'socket.io-client';

export type DondocSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type SocketFactory = (token: string) => DondocSocket;

/** Opens the socket on the page's own origin; a token so tests can hand in a fake. */
export const SOCKET_FACTORY = new InjectionToken<SocketFactory>('SOCKET_FACTORY', {
  providedIn: 'root',
  factory: () => (token) => io({ path: SOCKET_PATH, auth: { token } }),
});
