import type { DeliverableMediaType } from '@dondoc/contracts';
import type { Readable } from 'node:stream';

/** An upload as multer hands it over: the whole file in memory, already cut off at the size limit. */
export interface UploadedBytes {
  originalname: string;
  buffer: Buffer;
}

/** Bytes the store has taken: what they are (read from the bytes), their hash and the name to show. */
export interface AcceptedBlob {
  sha256: string;
  size: number;
  mediaType: DeliverableMediaType;
  /** The client's name, sanitised and ending in the extension of what the bytes are. */
  name: string;
}

/** Every hash a context's rows refer to, read in one pass (a failure stops the sweep, never widens it). */
export type BlobReferences = () => Promise<Iterable<string>>;

/**
 * The port through which a context keeps files without importing the deliverables context, which
 * owns the content-addressed store, its upload checks (type read from the bytes, macros, zip
 * bombs, the size limit) and the daily sweep of unreferenced blobs. Declared on the kernel,
 * provided by deliverables, used by reports for the files of a round's results.
 *
 * The sweep only knows deliverable rows; a context whose rows reference blobs registers a reader
 * of their hashes (`keepReferenced`) when its module starts, so the owner of each reference says
 * what it references and the store's owner never reads another context's tables.
 */
export abstract class FileBlobs {
  /** The largest upload taken, in bytes (multer cuts off there; the UI shows it). */
  abstract readonly maxBytes: number;

  /**
   * Judges the bytes and stores them (once per content): refused with an AppError (400 empty or
   * missing, 415 not an accepted type, macro-enabled or a zip bomb) before anything is written.
   */
  abstract accept(upload: UploadedBytes | undefined): Promise<AcceptedBlob>;

  /** The bytes of a stored hash; an AppError (500) naming the lost file when they are gone. */
  abstract open(sha256: string): Promise<Readable>;

  /** Registers, under a name for the logs, the hashes a context's rows keep from the sweep. */
  abstract keepReferenced(owner: string, references: BlobReferences): void;
}
