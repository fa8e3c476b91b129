import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * The documents plans were imported from, kept by the SHA-256 of their bytes under
 * DATA_DIR/plan-sources/ab/<sha256>, so a plan can always be checked against the file it came
 * from. Written to a temporary name and renamed, so a reader never sees half a file; the same
 * file uploaded twice is kept once.
 */
@Injectable()
export class PlanSourceStore {
  private readonly root: string;

  constructor(@Inject(ENV) env: Pick<Env, 'DATA_DIR'>) {
    this.root = resolve(env.DATA_DIR, 'plan-sources');
  }

  static hashOf(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = PlanSourceStore.hashOf(bytes);
    const target = this.pathOf(sha256);
    await mkdir(join(target, '..'), { recursive: true });
    const temporary = `${target}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, bytes, { flag: 'wx' });
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return sha256;
  }

  async has(sha256: string): Promise<boolean> {
    if (!SHA256.test(sha256)) return false;
    try {
      await access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error('not a SHA-256');
    return join(this.root, sha256.slice(0, 2), sha256);
  }
}
