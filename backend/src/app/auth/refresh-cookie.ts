import { REFRESH_COOKIE, REFRESH_COOKIE_PATH } from '@dondoc/contracts';
import type { CookieOptions, Request, Response } from 'express';
import type { IssuedRefreshToken } from './refresh-tokens';

/**
 * The refresh token travels only in this cookie: httpOnly (page scripts never see it), SameSite=Strict
 * (no other site can make the browser send it), scoped to the auth routes, Secure over https.
 */
function cookieOptions(request: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: request.secure, path: REFRESH_COOKIE_PATH };
}

export function readRefreshCookie(request: Request): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== REFRESH_COOKIE) continue;
    try {
      return decodeURIComponent(pair.slice(separator + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function writeRefreshCookie(request: Request, response: Response, issued: IssuedRefreshToken): void {
  response.cookie(REFRESH_COOKIE, issued.token, { ...cookieOptions(request), expires: issued.expiresAt });
}

export function clearRefreshCookie(request: Request, response: Response): void {
  response.clearCookie(REFRESH_COOKIE, cookieOptions(request));
}
