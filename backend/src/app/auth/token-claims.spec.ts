import { JwtService } from '@nestjs/jwt';
import { AppError } from '../common/app-error';
import type { Clock } from '../common/clock';
import { loadEnv } from '../config/env';
import { ISSUED_AT_LEEWAY_SECONDS } from './access-claims';
import { TokenService } from './token.service';

const SECRET = 'unit-tests-secret-0123456789abcdef';
const NOW = new Date('2026-03-02T02:00:00.000Z');
const NOW_SECONDS = NOW.getTime() / 1000;

const clock: Clock = { now: () => NOW };
const jwt = new JwtService({ secret: SECRET });
const tokens = new TokenService(jwt, clock, loadEnv({ JWT_SECRET: SECRET, ACCESS_TOKEN_TTL: '15m' }));

const GOOD_CLAIMS = {
  sub: 'user-1',
  usr: 'nguyen.van.a',
  name: 'Nguyễn Văn A',
  ward: 'ward-1',
  unit: 'unit-1',
  roles: ['staff'],
  iat: NOW_SECONDS - 10,
  exp: NOW_SECONDS + 600,
};

/** Signed with the app's own secret: only the claims are wrong, never the signature. */
function signed(claims: Record<string, unknown>): string {
  // jsonwebtoken stamps an `iat` of its own unless told not to, and then drops ours.
  return jwt.sign(claims, 'iat' in claims ? {} : { noTimestamp: true });
}

async function refusal(token: string): Promise<unknown> {
  return tokens.verify(token).then(
    () => 'accepted',
    (error: unknown) => (error instanceof AppError ? `${error.statusCode} ${error.code}` : error),
  );
}

function without(key: keyof typeof GOOD_CLAIMS): Record<string, unknown> {
  const claims: Record<string, unknown> = { ...GOOD_CLAIMS };
  delete claims[key];
  return claims;
}

describe('access token claims', () => {
  it('accepts a token the service issued', async () => {
    const user = {
      id: 'u',
      username: 'a',
      fullName: 'A',
      wardId: 'w',
      unitId: null,
      roles: ['staff' as const],
    };
    await expect(tokens.verify(await tokens.issue(user))).resolves.toEqual(user);
    await expect(tokens.verify(signed(GOOD_CLAIMS))).resolves.toMatchObject({
      id: 'user-1',
      roles: ['staff'],
    });
  });

  it('refuses a token without an expiry with 401: it would never expire', async () => {
    expect(await refusal(signed(without('exp')))).toBe('401 UNAUTHENTICATED');
  });

  it('refuses a token issued in the future with 401', async () => {
    const future = {
      ...GOOD_CLAIMS,
      iat: NOW_SECONDS + ISSUED_AT_LEEWAY_SECONDS + 5,
      exp: NOW_SECONDS + 3600,
    };
    expect(await refusal(signed(future))).toBe('401 UNAUTHENTICATED');
    expect(await refusal(signed(without('iat')))).toBe('401 UNAUTHENTICATED');
  });

  it.each([
    ['roles as a string', { roles: 'admin' }],
    ['roles holding a number', { roles: [1] }],
    ['a missing subject', { sub: undefined }],
    ['a numeric ward', { ward: 42 }],
    ['a unit that is an object', { unit: { id: 'x' } }],
    ['a fractional expiry', { exp: NOW_SECONDS + 0.5 }],
    ['an expiry before the issue', { iat: NOW_SECONDS - 10, exp: NOW_SECONDS - 20 }],
  ])('refuses %s with 401, never a crash', async (_label, change) => {
    expect(await refusal(signed({ ...GOOD_CLAIMS, ...change }))).toBe('401 UNAUTHENTICATED');
  });

  it('refuses a token whose payload is not an object', async () => {
    expect(await refusal(jwt.sign('just a string'))).toBe('401 UNAUTHENTICATED');
  });
});
