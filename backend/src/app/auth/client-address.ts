import type { Request } from 'express';

/**
 * The caller's address for per-address limits: the peer of the connection, or what the proxies named
 * in TRUST_PROXY say it is (Express's `trust proxy`, applied by the auth module).
 */
export function clientAddress(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
