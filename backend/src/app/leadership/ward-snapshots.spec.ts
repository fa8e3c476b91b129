import { WardSnapshots } from './ward-snapshots';

describe('WardSnapshots', () => {
  it('reads once per ward and version, and again when the version moves', async () => {
    const snapshots = new WardSnapshots<number>(10);
    const read = jest.fn().mockResolvedValueOnce(1).mockResolvedValueOnce(2);
    expect(await snapshots.get('w1', 'v1', read)).toBe(1);
    expect(await snapshots.get('w1', 'v1', read)).toBe(1);
    expect(await snapshots.get('w1', 'v2', read)).toBe(2);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('shares one reading between concurrent requests', async () => {
    const snapshots = new WardSnapshots<string>(10);
    let finish: (value: string) => void = () => undefined;
    const read = jest.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    const first = snapshots.get('w1', 'v1', read);
    const second = snapshots.get('w1', 'v1', read);
    finish('rows');
    expect(await Promise.all([first, second])).toEqual(['rows', 'rows']);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed reading', async () => {
    const snapshots = new WardSnapshots<number>(10);
    await expect(snapshots.get('w1', 'v1', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await snapshots.get('w1', 'v1', () => Promise.resolve(3))).toBe(3);
  });

  it('keeps at most the given number of wards, dropping the least recently read', async () => {
    const snapshots = new WardSnapshots<string>(2);
    const read = jest.fn((value: string) => Promise.resolve(value));
    await snapshots.get('w1', 'v', () => read('w1'));
    await snapshots.get('w2', 'v', () => read('w2'));
    await snapshots.get('w3', 'v', () => read('w3'));
    await snapshots.get('w2', 'v', () => read('w2 again')); // kept, and now the most recent
    await snapshots.get('w1', 'v', () => read('w1 again')); // w1 was dropped; w3 goes now
    await snapshots.get('w2', 'v', () => read('w2 again'));
    await snapshots.get('w3', 'v', () => read('w3 again'));
    expect(read.mock.calls.map(([value]) => value)).toEqual(['w1', 'w2', 'w3', 'w1 again', 'w3 again']);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => new WardSnapshots(0)).toThrow(RangeError);
  });
});
