import { basename } from 'node:path';

/** Angular's build names scripts and styles after their content: `main-PPML5FDC.js`, `chunk-EA4H3DLL.js`. */
const CONTENT_NAMED = /-[A-Z0-9]{8}\.(?:js|css)$/;

export const FOREVER = 'public, max-age=31536000, immutable';
export const ALWAYS_REVALIDATE = 'no-cache';

/**
 * A file named after its content never changes, so the browser keeps it without asking again: a
 * returning user's board loads no script from the network. Everything else (index.html, which names
 * the current scripts) is checked with the server on every visit, so a new release shows at once.
 */
export function cacheControlFor(path: string): string {
  return CONTENT_NAMED.test(basename(path)) ? FOREVER : ALWAYS_REVALIDATE;
}

/** `setHeaders` for express.static (and the SPA fallback to index.html). */
export function setStaticCacheHeaders(
  response: { setHeader(name: string, value: string): unknown },
  path: string,
) {
  response.setHeader('Cache-Control', cacheControlFor(path));
}
