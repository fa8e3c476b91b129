import { z } from 'zod';

/** How far ahead of our clock a token's issue time may be: two processes' clocks drift a little. */
export const ISSUED_AT_LEEWAY_SECONDS = 60;

const ACCESS_CLAIMS = z.object({
  sub: z.string().min(1),
  usr: z.string().min(1),
  name: z.string(),
  ward: z.string().min(1),
  unit: z.string().min(1).nullable(),
  roles: z.array(z.string()),
  iat: z.number().int().nonnegative(),
  exp: z.number().int().positive(),
});

export type AccessTokenClaims = z.infer<typeof ACCESS_CLAIMS>;

/**
 * The claims of a token whose signature already checked out, or null when any is missing or of
 * the wrong shape: a token without `exp` would never expire, one issued in the future was not
 * issued by this clock, `roles` as a string would crash whoever reads it.
 */
export function accessClaimsOf(payload: unknown, nowSeconds: number): AccessTokenClaims | null {
  const parsed = ACCESS_CLAIMS.safeParse(payload);
  if (!parsed.success) return null;
  const claims = parsed.data;
  if (claims.iat > nowSeconds + ISSUED_AT_LEEWAY_SECONDS) return null;
  if (claims.exp <= claims.iat || claims.exp <= nowSeconds) return null;
  return claims;
}
