/** A ward's units as short codes (VHXH, VP…) by unit id. */
export type UnitCodes = ReadonlyMap<string, string>;

/**
 * Each ward's unit codes, read once per process instead of once per card or move. A unit's id and
 * code never change after it is created and units are never deleted, so a kept map can only lack
 * units created since it was read, possibly by another process: a caller that names the ids it
 * needs gets the ward read again when one of them is missing. An id that is in no ward (a unit of
 * another ward, a deleted row) costs one re-read per call, never a wrong code.
 *
 * The caller hands in how to read the ward, so that a caller inside a transaction reads on that
 * transaction's connection: asking a pool for a second connection while holding one can deadlock.
 */
export class WardUnitCodes {
  private readonly byWard = new Map<string, Promise<UnitCodes>>();

  constructor(private readonly maxWards = 1000) {}

  async of(
    wardId: string,
    load: (wardId: string) => Promise<UnitCodes>,
    needed: Iterable<string | null | undefined> = [],
  ): Promise<UnitCodes> {
    const kept = this.byWard.get(wardId);
    if (kept) {
      const codes = await kept.catch(() => null);
      if (codes && covers(codes, needed)) return codes;
      if (this.byWard.get(wardId) !== kept) return this.of(wardId, load, needed);
    }
    return this.reload(wardId, load);
  }

  private reload(wardId: string, load: (wardId: string) => Promise<UnitCodes>): Promise<UnitCodes> {
    const loading = load(wardId);
    this.byWard.delete(wardId);
    this.byWard.set(wardId, loading);
    // Wards are few; the bound only keeps a process that serves many from growing without end.
    if (this.byWard.size > this.maxWards) this.byWard.delete(this.byWard.keys().next().value as string);
    loading.catch(() => {
      if (this.byWard.get(wardId) === loading) this.byWard.delete(wardId);
    });
    return loading;
  }
}

function covers(codes: UnitCodes, needed: Iterable<string | null | undefined>): boolean {
  for (const id of needed) if (id && !codes.has(id)) return false;
  return true;
}
