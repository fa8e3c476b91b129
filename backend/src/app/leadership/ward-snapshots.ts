/**
 * The last reading of something expensive per ward, kept while the ward's version is unchanged.
 * The version is read from the database on every request (the ward's newest event id and task
 * count), so several processes never serve each other stale answers; a reading that fails is
 * forgotten, and concurrent requests for the same version share one reading.
 */
export class WardSnapshots<T> {
  private readonly entries = new Map<string, { version: string; value: Promise<T> }>();

  constructor(private readonly maxWards: number) {
    if (!Number.isInteger(maxWards) || maxWards < 1)
      throw new RangeError('maxWards must be a positive integer');
  }

  get(wardId: string, version: string, read: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(wardId);
    this.entries.delete(wardId); // re-inserted last: the Map's order is the eviction order
    if (entry && entry.version === version) {
      this.entries.set(wardId, entry);
      return entry.value;
    }
    const value = read();
    this.entries.set(wardId, { version, value });
    while (this.entries.size > this.maxWards) this.entries.delete(this.entries.keys().next().value as string);
    value.catch(() => {
      if (this.entries.get(wardId)?.value === value) this.entries.delete(wardId);
    });
    return value;
  }
}
