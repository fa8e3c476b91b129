import type { Readable } from 'node:stream';

export interface StoredBlob {
  sha256: string;
  size: number;
}

/**
 * Where deliverable bytes live, addressed by their SHA-256 only: the same content is kept once,
 * and nothing a client sends (a name, a path) ever becomes a storage key. The filesystem
 * implementation is the default; an S3-compatible store can take its place behind this token.
 */
export interface DeliverableStore {
  /** Keeps the bytes (once per content) and answers their hash and size. */
  put(content: Buffer | Readable): Promise<StoredBlob>;
  /** The bytes of a stored hash; fails when there are none. */
  open(sha256: string): Promise<Readable>;
  exists(sha256: string): Promise<boolean>;
}

export const DELIVERABLE_STORE = Symbol('DELIVERABLE_STORE');

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isSha256(value: string): boolean {
  return SHA256_HEX.test(value);
}
