import helmet from 'helmet';
import { createHash } from 'node:crypto';

/**
 * Angular's build inlines the critical CSS and loads the full stylesheet with
 * `<link media="print" onload="this.media='all'">`; this one handler body is allowed by its hash.
 */
export const STYLESHEET_LOADER = "this.media='all'";

const STYLESHEET_LOADER_HASH = `'sha256-${createHash('sha256').update(STYLESHEET_LOADER).digest('base64')}'`;

/**
 * Where the page may open sockets besides its own origin ('self' covers same-origin ws: and wss:
 * in CSP 3 browsers): the configured public origins, each as ws: or wss:. Never the request's Host
 * header, which a client chooses.
 */
export function socketSources(publicOrigins: readonly string[]): string[] {
  return publicOrigins.map((origin) => origin.replace(/^http/, 'ws'));
}

/**
 * The content security policy of the app and the API: scripts only from the app's own files, no inline
 * script, styles from its files plus the inline `<style>` Angular writes for critical CSS and components.
 * No `upgrade-insecure-requests`: a ward may serve the app over plain HTTP on its own network.
 */
export function cspDirectives(publicOrigins: readonly string[] = []) {
  return {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'unsafe-hashes'", STYLESHEET_LOADER_HASH],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'", ...publicOrigins, ...socketSources(publicOrigins)],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
  };
}

/** Helmet's defaults (nosniff, frame and referrer policies, HSTS over HTTPS…) with the policy above. */
export function securityHeaders(publicOrigins: readonly string[] = []) {
  return helmet({ contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(publicOrigins) } });
}
