import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type DeliverableStore, isSha256, type StoredBlob } from './deliverable-store';

/**
 * Content-addressed files under one directory: <root>/ab/cd/<sha256>. Bytes are written to a
 * temporary file in <root>/tmp while they are hashed, then renamed into place, so a reader never
 * sees half a file and a crash leaves at most a stray temporary file. A blob without a row
 * (the insert after it failed) is harmless: the next upload of the same content reuses it.
 */
export class FilesystemDeliverableStore implements DeliverableStore {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(content: Buffer | Readable): Promise<StoredBlob> {
    const temporaryDir = join(this.root, 'tmp');
    await mkdir(temporaryDir, { recursive: true });
    const temporary = join(temporaryDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      const source = Buffer.isBuffer(content) ? Readable.from([content]) : content;
      await pipeline(source, measure, createWriteStream(temporary, { flags: 'wx' }));
      const sha256 = hash.digest('hex');
      const target = this.pathOf(sha256);
      if (await this.exists(sha256)) {
        await rm(temporary, { force: true });
      } else {
        await mkdir(join(target, '..'), { recursive: true });
        await rename(temporary, target);
      }
      return { sha256, size };
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async open(sha256: string): Promise<Readable> {
    const path = this.pathOf(sha256);
    await access(path);
    return createReadStream(path);
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      await access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  private pathOf(sha256: string): string {
    // The one guard that keeps anything but a hash out of the path.
    if (!isSha256(sha256)) throw new Error(`not a SHA-256 hex digest: ${sha256.slice(0, 80)}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }
}
