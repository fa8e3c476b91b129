import type { Readable } from 'node:stream';

export interface StoredBlob {
  sha256: string;
  size: number;
}

/** A blob as the store holds it: when its bytes were last put, which the sweep's grace period counts from. */
export interface StoredEntry extends StoredBlob {
  storedAt: Date;
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
  /** Every blob held, in no particular order; anything that is not a blob is passed over. */
  list(): AsyncIterable<StoredEntry>;
  /**
   * Removes the blob, unless its bytes were put again at or after `unlessStoredSince` (an upload
   * reusing the content while the sweep decided). True when it removed something; a blob already
   * gone is no error.
   */
  remove(sha256: string, unlessStoredSince?: Date): Promise<boolean>;
}

export const DELIVERABLE_STORE = Symbol('DELIVERABLE_STORE');

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isSha256(value: string): boolean {
  return SHA256_HEX.test(value);
}
