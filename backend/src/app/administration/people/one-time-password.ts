import { randomBytes } from 'node:crypto';

/** 12 characters from 72 random bits: typed once by hand, then replaced at first sign-in. */
export function oneTimePassword(): string {
  return randomBytes(9).toString('base64url');
}
