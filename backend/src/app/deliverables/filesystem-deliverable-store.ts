import { createHash, randomUUID } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, lstat, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type DeliverableStore, isSha256, type StoredBlob, type StoredEntry } from './deliverable-store';

/** A folder level of the layout: two lower-case hex digits. */
const HEX_PAIR = /^[0-9a-f]{2}$/;

/**
 * Content-addressed files under one directory: <root>/ab/cd/<sha256>. Bytes are written to a
 * temporary file in <root>/tmp while they are hashed, then renamed into place, so a reader never
 * sees half a file and a crash leaves at most a stray temporary file. A blob without a row
 * (the insert after it failed) is harmless: the next upload of the same content reuses it, and
 * the daily sweep removes it once it is older than the grace period. A blob's storedAt is its
 * file's modification time.
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
      await mkdir(join(target, '..'), { recursive: true });
      // Also when the content is already there: replacing it with the same bytes is atomic, and
      // makes the blob fresh, so a sweep never removes content an upload is about to reference.
      await rename(temporary, target);
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

  async *list(): AsyncIterable<StoredEntry> {
    for (const first of await hexFolders(this.root)) {
      for (const second of await hexFolders(join(this.root, first))) {
        const folder = join(this.root, first, second);
        for (const entry of await entriesOf(folder)) {
          // Only a regular file named by its own folders' hash is a blob: never a link, never tmp/.
          if (!entry.isFile() || !isSha256(entry.name) || !entry.name.startsWith(first + second)) continue;
          const stats = await lstat(join(folder, entry.name)).catch(ignoreMissing);
          if (stats) yield { sha256: entry.name, size: stats.size, storedAt: stats.mtime };
        }
      }
    }
  }

  async remove(sha256: string, unlessStoredSince?: Date): Promise<boolean> {
    const path = this.pathOf(sha256);
    const temporaryDir = join(this.root, 'tmp');
    await mkdir(temporaryDir, { recursive: true });
    // Moved aside first, then judged: an upload that puts the same bytes from now on writes a new
    // file, and one that put them just before shows in the moved file's time and gets it back.
    const aside = join(temporaryDir, `${randomUUID()}.removed`);
    try {
      await rename(path, aside);
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
    const { mtime } = await lstat(aside);
    if (unlessStoredSince && mtime >= unlessStoredSince) {
      await rename(aside, path);
      return false;
    }
    await rm(aside, { force: true });
    return true;
  }

  private pathOf(sha256: string): string {
    // The one guard that keeps anything but a hash out of the path.
    if (!isSha256(sha256)) throw new Error(`not a SHA-256 hex digest: ${sha256.slice(0, 80)}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }
}

/** The names of the two-hex-digit folders directly under `folder` (links are not followed). */
async function hexFolders(folder: string): Promise<string[]> {
  return (await entriesOf(folder))
    .filter((entry) => entry.isDirectory() && HEX_PAIR.test(entry.name))
    .map((entry) => entry.name);
}

async function entriesOf(folder: string): Promise<Dirent[]> {
  return (await readdir(folder, { withFileTypes: true }).catch(ignoreMissing)) ?? [];
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** A file or folder gone meanwhile (a concurrent removal) reads as nothing. */
function ignoreMissing(error: unknown): undefined {
  if (isMissing(error)) return undefined;
  throw error;
}
