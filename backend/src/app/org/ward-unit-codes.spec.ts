import { type UnitCodes, WardUnitCodes } from './ward-unit-codes';

/** A ward's units as a database would answer, counting the reads. */
function wardTable(initial: Record<string, string>) {
  const units = new Map(Object.entries(initial));
  const reads: string[] = [];
  return {
    units,
    reads,
    load: async (wardId: string): Promise<UnitCodes> => {
      reads.push(wardId);
      return new Map(units);
    },
  };
}

describe('WardUnitCodes', () => {
  it('reads a ward once and answers later calls from what it kept', async () => {
    const table = wardTable({ u1: 'VHXH', u2: 'VP' });
    const codes = new WardUnitCodes();
    expect((await codes.of('w1', table.load)).get('u1')).toBe('VHXH');
    expect((await codes.of('w1', table.load, ['u1', 'u2', null])).get('u2')).toBe('VP');
    expect(table.reads).toEqual(['w1']);
  });

  it('shares one read between callers that ask at the same time', async () => {
    const table = wardTable({ u1: 'VHXH' });
    const codes = new WardUnitCodes();
    await Promise.all([codes.of('w1', table.load), codes.of('w1', table.load), codes.of('w1', table.load)]);
    expect(table.reads).toEqual(['w1']);
  });

  it('reads the ward again when a caller needs a unit created since', async () => {
    const table = wardTable({ u1: 'VHXH' });
    const codes = new WardUnitCodes();
    await codes.of('w1', table.load);
    table.units.set('u9', 'MOI');
    expect((await codes.of('w1', table.load, ['u1', 'u9'])).get('u9')).toBe('MOI');
    expect((await codes.of('w1', table.load, ['u9'])).get('u9')).toBe('MOI');
    expect(table.reads).toEqual(['w1', 'w1']);
  });

  it('keeps wards apart', async () => {
    const first = wardTable({ u1: 'VHXH' });
    const second = wardTable({ u2: 'CA' });
    const codes = new WardUnitCodes();
    expect([...(await codes.of('w1', first.load)).keys()]).toEqual(['u1']);
    expect([...(await codes.of('w2', second.load)).keys()]).toEqual(['u2']);
  });

  it('forgets a failed read, so the next caller reads again', async () => {
    const table = wardTable({ u1: 'VHXH' });
    const codes = new WardUnitCodes();
    await expect(codes.of('w1', () => Promise.reject(new Error('database gone')))).rejects.toThrow(
      'database gone',
    );
    expect((await codes.of('w1', table.load)).get('u1')).toBe('VHXH');
    expect(table.reads).toEqual(['w1']);
  });

  it('keeps at most the given number of wards, dropping the oldest read', async () => {
    const table = wardTable({ u1: 'VHXH' });
    const codes = new WardUnitCodes(2);
    for (const ward of ['w1', 'w2', 'w3']) await codes.of(ward, table.load);
    await codes.of('w3', table.load);
    await codes.of('w2', table.load);
    await codes.of('w1', table.load);
    expect(table.reads).toEqual(['w1', 'w2', 'w3', 'w1']);
  });
});
