/**
 * Sessions. Login and refresh both answer a LoginResponse (a short-lived bearer access token and the
 * user); the refresh token never appears in a body: it travels only in an httpOnly cookie scoped to
 * the auth routes, so page scripts cannot read it. A client without a browser keeps the cookie like
 * a browser would (read `Set-Cookie`, send `Cookie`).
 */
export const REFRESH_COOKIE = 'dondoc_refresh';

/** The path the refresh cookie is scoped to: only the auth routes ever receive it. */
export const REFRESH_COOKIE_PATH = '/api/auth';

/** Sent on a live socket just before the server closes it because its access token expired. */
export interface AuthExpiredMessage {
  /** When the token expired (ISO-8601). */
  expiredAt: string;
}
