import type { ApiErrorBody, LoginResponse } from '@dondoc/contracts';
import { API, REFRESH_COOKIE } from '@dondoc/contracts';
import { request as httpRequest } from 'node:http';

export interface AuthAnswer<T> {
  status: number;
  body: T;
  /** The raw Set-Cookie lines of the answer. */
  setCookie: string[];
  /** The refresh token the answer set, if it set one (an empty string when it cleared it). */
  refreshToken: string | undefined;
  retryAfter: string | undefined;
}

export interface Caller {
  /** A loopback address to send from (127.0.0.2, …): a different client address for the server. */
  localAddress?: string;
  headers?: Record<string, string>;
}

/**
 * The auth routes as a client without a browser sees them: JSON in, the refresh cookie read from
 * Set-Cookie and sent back in Cookie. Over node:http so a test can choose its source address.
 */
export function postAuth<T = LoginResponse | ApiErrorBody>(
  baseUrl: string,
  path: string,
  options: Caller & { body?: unknown; refreshToken?: string } = {},
): Promise<AuthAnswer<T>> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      baseUrl + path,
      {
        method: 'POST',
        // One connection per call: nothing kept alive past the test's app.
        agent: false,
        localAddress: options.localAddress,
        headers: {
          ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(options.refreshToken !== undefined
            ? { cookie: `${REFRESH_COOKIE}=${options.refreshToken}` }
            : {}),
          ...options.headers,
        },
      },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (text += chunk));
        incoming.on('end', () => {
          const setCookie = incoming.headers['set-cookie'] ?? [];
          const retryAfter = incoming.headers['retry-after'];
          resolve({
            status: incoming.statusCode ?? 0,
            body: (text ? JSON.parse(text) : null) as T,
            setCookie,
            refreshToken: refreshTokenIn(setCookie),
            retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined,
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

export function login(
  baseUrl: string,
  username: string,
  password: string,
  caller: Caller = {},
): Promise<AuthAnswer<LoginResponse & ApiErrorBody>> {
  return postAuth(baseUrl, API.login, { ...caller, body: { username, password } });
}

export function refresh(
  baseUrl: string,
  refreshToken: string | undefined,
): Promise<AuthAnswer<LoginResponse & ApiErrorBody>> {
  return postAuth(baseUrl, API.refresh, { refreshToken });
}

export function logout(baseUrl: string, refreshToken: string | undefined): Promise<AuthAnswer<null>> {
  return postAuth(baseUrl, API.logout, { refreshToken });
}

function refreshTokenIn(setCookie: string[]): string | undefined {
  const line = setCookie.find((cookie) => cookie.startsWith(`${REFRESH_COOKIE}=`));
  return line === undefined
    ? undefined
    : decodeURIComponent(line.slice(REFRESH_COOKIE.length + 1).split(';')[0]);
}
