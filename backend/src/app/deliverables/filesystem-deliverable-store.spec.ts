import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { FilesystemDeliverableStore } from './filesystem-deliverable-store';

const sha256 = (content: string) => createHash('sha256').update(content).digest('hex');

const HOUR = 3_600_000;

async function listed(store: FilesystemDeliverableStore) {
  const entries = [];
  for await (const entry of store.list()) entries.push(entry);
  return entries.sort((a, b) => a.sha256.localeCompare(b.sha256));
}

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

  describe('for the sweep', () => {
    const pathOf = (hash: string) => join(root, hash.slice(0, 2), hash.slice(2, 4), hash);
    const makeOld = (hash: string, at: Date) => utimesSync(pathOf(hash), at, at);

    it('lists every blob with its size and when it was stored', async () => {
      const before = Date.now();
      const report = await store.put(Buffer.from('Báo cáo'));
      const plan = await store.put(Buffer.from('Kế hoạch năm'));
      const entries = await listed(store);
      expect(entries.map(({ sha256, size }) => ({ sha256, size }))).toEqual(
        [report, plan].sort((a, b) => a.sha256.localeCompare(b.sha256)),
      );
      for (const entry of entries) {
        expect(entry.storedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
        expect(entry.storedAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
      }
    });

    it('lists nothing for a store never written to', async () => {
      const empty = new FilesystemDeliverableStore(join(root, 'not-yet'));
      expect(await listed(empty)).toEqual([]);
    });

    it('passes over anything that is not a blob: foreign names, misplaced hashes, links, temporary files', async () => {
      const blob = await store.put(Buffer.from('thật'));
      const folder = join(root, blob.sha256.slice(0, 2), blob.sha256.slice(2, 4));
      const elsewhere = mkdtempSync(join(tmpdir(), 'dondoc-outside-'));
      try {
        writeFileSync(join(elsewhere, sha256('bên ngoài')), 'bên ngoài');
        writeFileSync(join(folder, 'ghi-chu.txt'), 'không phải tệp sản phẩm');
        writeFileSync(join(folder, blob.sha256.toUpperCase()), 'chữ hoa');
        writeFileSync(join(folder, sha256('lạc chỗ')), 'lạc chỗ'); // a hash under another hash's folders
        writeFileSync(join(root, 'tmp', sha256('dở dang')), 'dở dang');
        symlinkSync(join(elsewhere, sha256('bên ngoài')), join(folder, sha256('bên ngoài')));
        const outsideHash = sha256('bên ngoài');
        mkdirSync(join(root, outsideHash.slice(0, 2)), { recursive: true });
        symlinkSync(elsewhere, join(root, outsideHash.slice(0, 2), outsideHash.slice(2, 4)));
        mkdirSync(join(root, 'zz', 'zz'), { recursive: true });
        writeFileSync(join(root, 'zz', 'zz', sha256('lạ')), 'lạ');

        expect((await listed(store)).map((entry) => entry.sha256)).toEqual([blob.sha256]);
      } finally {
        rmSync(elsewhere, { recursive: true, force: true });
      }
    });

    it('removes a blob, and answers false for one already gone', async () => {
      const blob = await store.put(Buffer.from('bản nháp bỏ đi'));
      expect(await store.remove(blob.sha256)).toBe(true);
      expect(await store.exists(blob.sha256)).toBe(false);
      expect(await listed(store)).toEqual([]);
      expect(await store.remove(blob.sha256)).toBe(false);
      expect(await store.remove(sha256('never stored'))).toBe(false);
      expect(readdirSync(join(root, 'tmp'))).toEqual([]);
    });

    it('removes in parallel without failing: exactly one call removes', async () => {
      const blob = await store.put(Buffer.from('hai lần quét'));
      const answers = await Promise.all([store.remove(blob.sha256), store.remove(blob.sha256)]);
      expect(answers.sort()).toEqual([false, true]);
      expect(await store.exists(blob.sha256)).toBe(false);
    });

    it('keeps a blob whose bytes were put again since the sweep decided', async () => {
      const cutoff = new Date(Date.now() - HOUR);
      const blob = await store.put(Buffer.from('dùng lại'));
      makeOld(blob.sha256, new Date(cutoff.getTime() - HOUR));
      await store.put(Buffer.from('dùng lại')); // an upload of the same content, just now
      expect(await store.remove(blob.sha256, cutoff)).toBe(false);
      expect(await text(await store.open(blob.sha256))).toBe('dùng lại');
      expect(readdirSync(join(root, 'tmp'))).toEqual([]);

      makeOld(blob.sha256, new Date(cutoff.getTime() - HOUR));
      expect(await store.remove(blob.sha256, cutoff)).toBe(true);
      expect(await store.exists(blob.sha256)).toBe(false);
    });

    it('never turns anything but a hash into a path to remove', async () => {
      await expect(store.remove('../../etc/passwd')).rejects.toThrow(/not a SHA-256/);
    });
  });
});
