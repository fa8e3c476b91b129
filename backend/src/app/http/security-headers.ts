import helmet from 'helmet';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Angular's build inlines the critical CSS and loads the full stylesheet with
 * `<link media="print" onload="this.media='all'">`; this one handler body is allowed by its hash.
 */
export const STYLESHEET_LOADER = "this.media='all'";

const STYLESHEET_LOADER_HASH = `'sha256-${createHash('sha256').update(STYLESHEET_LOADER).digest('base64')}'`;

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/** `ws:` and `wss:` to the host the page came from, for Socket.IO; nothing when the Host header looks odd. */
export function sameHostSockets(request: IncomingMessage): string {
  const host = request.headers.host;
  return host && HOST.test(host) ? `ws://${host} wss://${host}` : '';
}

/**
 * The content security policy of the app and the API: scripts only from the app's own files, no inline
 * script, styles from its files plus the inline `<style>` Angular writes for critical CSS and components.
 * No `upgrade-insecure-requests`: a ward may serve the app over plain HTTP on its own network.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'unsafe-hashes'", STYLESHEET_LOADER_HASH],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'", (request: IncomingMessage) => sameHostSockets(request)],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

/** Helmet's defaults (nosniff, frame and referrer policies, HSTS over HTTPS…) with the policy above. */
export function securityHeaders() {
  return helmet({ contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES } });
}
