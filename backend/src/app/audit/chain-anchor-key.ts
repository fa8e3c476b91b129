import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Env } from '../config/env';

/** The anchor key's file when CHAIN_ANCHOR_KEY is unset: beside the database, never inside it. */
export const CHAIN_ANCHOR_KEY_FILE = '.chain-anchor-key';

/**
 * CHAIN_ANCHOR_KEY when given (it must be, for several processes, and should live where the
 * database's administrators cannot read it); otherwise a random key kept in the data directory.
 */
export function resolveChainAnchorKey(env: Pick<Env, 'CHAIN_ANCHOR_KEY' | 'DATA_DIR'>): string {
  if (env.CHAIN_ANCHOR_KEY) return env.CHAIN_ANCHOR_KEY;
  const dir = resolve(env.DATA_DIR);
  const file = join(dir, CHAIN_ANCHOR_KEY_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const key = randomBytes(48).toString('base64url');
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}
