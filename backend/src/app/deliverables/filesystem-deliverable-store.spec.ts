import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { FilesystemDeliverableStore } from './filesystem-deliverable-store';

const sha256 = (content: string) => createHash('sha256').update(content).digest('hex');

describe('FilesystemDeliverableStore', () => {
  let root: string;
  let store: FilesystemDeliverableStore;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'dondoc-store-'));
    store = new FilesystemDeliverableStore(root);
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('keeps bytes under their SHA-256 in two levels of folders', async () => {
    const blob = await store.put(Buffer.from('Kế hoạch'));
    expect(blob).toEqual({ sha256: sha256('Kế hoạch'), size: Buffer.byteLength('Kế hoạch') });
    expect(readdirSync(join(root, blob.sha256.slice(0, 2), blob.sha256.slice(2, 4)))).toEqual([blob.sha256]);
    expect(await text(await store.open(blob.sha256))).toBe('Kế hoạch');
  });

  it('stores the same content once, from a buffer or a stream, and leaves no temporary file', async () => {
    const first = await store.put(Buffer.from('báo cáo'));
    const second = await store.put(Readable.from([Buffer.from('báo '), Buffer.from('cáo')]));
    expect(second).toEqual(first);
    expect(readdirSync(join(root, first.sha256.slice(0, 2), first.sha256.slice(2, 4)))).toHaveLength(1);
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
  });

  it('answers whether a hash is stored, and refuses to open one that is not', async () => {
    expect(await store.exists(sha256('nothing'))).toBe(false);
    await expect(store.open(sha256('nothing'))).rejects.toThrow(/ENOENT/);
  });

  it('never turns anything but a hash into a path', async () => {
    await expect(store.open('../../etc/passwd')).rejects.toThrow(/not a SHA-256/);
    await expect(store.exists('../x')).resolves.toBe(false);
  });

  it('removes the temporary file when the source fails midway', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('connection lost'));
      },
    });
    await expect(store.put(failing)).rejects.toThrow('connection lost');
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
  });
});
