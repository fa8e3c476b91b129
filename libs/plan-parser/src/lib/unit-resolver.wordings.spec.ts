import { seedWard } from './test-support';
import { createUnitResolver } from './unit-resolver';

const ward = seedWard('HD');
const resolver = createUnitResolver(ward.units, ward.groups);
const ALL_UNITS = 'Các phòng, ban, ngành, các đơn vị sự nghiệp công lập trực thuộc UBND phường';
const PUBLIC_SERVICE = 'Các đơn vị sự nghiệp công lập';

function summary(cell: string): [string[], string[], string[]] {
  const { unitCodes, groups, unresolved } = resolver.resolve(cell);
  return [unitCodes, groups.map((group) => group.name), unresolved];
}

describe('unit names as other plans write them (Hải Dương catalog)', () => {
  it.each<[string, string]>([
    ['VP HĐND-UBND', 'VP'],
    ['VP HĐND&UBND', 'VP'],
    ['VP HĐND và UBND', 'VP'],
    ['Văn phòng HĐND - UBND phường', 'VP'],
    ['Phòng VH-XH', 'VHXH'],
    ['Phòng VH - XH', 'VHXH'],
    ['Phòng VHXH', 'VHXH'],
    ['Phòng Văn hóa và Xã hội', 'VHXH'],
    ['TT PVHCC', 'PVHCC'],
    ['TT Phục vụ hành chính công', 'PVHCC'],
    ['UBMTTQ', 'MTTQ'],
    ['UBMTTQVN phường', 'MTTQ'],
    ['Ủy ban MTTQ', 'MTTQ'],
    ['Ủy ban MTTQ Việt Nam phường', 'MTTQ'],
    ['TT Dịch vụ sự nghiệp công', 'DVSNC'],
    ['Phòng Kinh tế - Hạ tầng - Đô thị', 'KTHTDT'],
  ])('%j is %s', (cell, code) => {
    expect(summary(cell)).toEqual([[code], [], []]);
  });

  it.each<[string, string]>([
    ['Các phòng, ban, ngành', ALL_UNITS],
    ['phòng, ban, ngành', ALL_UNITS],
    ['CÁC PHÒNG, BAN, NGÀNH', ALL_UNITS],
    ['Các phòng, ban, ngành, các đơn vị sự nghiệp công lập trực thuộc UBND phường', ALL_UNITS],
    ['Các phòng ban ngành', ALL_UNITS],
    ['Các đơn vị sự nghiệp', PUBLIC_SERVICE],
    ['các đơn vị sự nghiệp trực thuộc', PUBLIC_SERVICE],
    ['Đơn vị sự nghiệp (trực thuộc) (UBND) phường', PUBLIC_SERVICE],
    ['Các đơn vị sự nghiệp công lập trực thuộc UBND phường', PUBLIC_SERVICE],
    ['các phòng chuyên môn', 'Các phòng, đơn vị chuyên môn'],
    ['Phòng chuyên môn thuộc UBND phường', 'Các phòng, đơn vị chuyên môn'],
  ])('%j is the group %j', (cell, group) => {
    expect(summary(cell)).toEqual([[], [group], []]);
  });

  it('reads a unit, a group wording and an abbreviation in one cell', () => {
    expect(summary('UBMTTQ, các phòng, ban, ngành và TT PVHCC')).toEqual([
      ['MTTQ', 'PVHCC'],
      [ALL_UNITS],
      [],
    ]);
  });

  it.each<[string, string[]]>([
    ['Các phòng, ban, ngành thành phố', ['Các phòng, ban, ngành thành phố']],
    ['Các sở, ban, ngành tỉnh', ['Các sở, ban, ngành tỉnh']],
    ['Sở Nội vụ, Sở Tài chính', ['Sở Nội vụ', 'Sở Tài chính']],
    ['Các cơ quan, tổ chức thành phố', ['Các cơ quan, tổ chức thành phố']],
    ['Văn phòng HĐND-UBND tỉnh', ['Văn phòng HĐND-UBND tỉnh']],
  ])('reports %j whole, never as comma fragments', (cell, names) => {
    expect(summary(cell)[2]).toEqual(names);
  });

  it('suggests close units for a misspelt name, best first, without resolving it', () => {
    expect(summary('Phòng Văn hoá Xã hộii')[2]).toEqual(['Phòng Văn hoá Xã hộii']);
    const [best] = resolver.suggest('Phòng Văn hoá Xã hộii');
    expect(best).toMatchObject({ kind: 'unit', key: 'VHXH', name: 'Phòng Văn hoá – Xã hội' });
    expect(best.score).toBeGreaterThan(0.8);
  });

  it('suggests a group for a group wording it does not know', () => {
    const suggestions = resolver.suggest('Các phòng, đơn vị liên quan khác');
    expect(suggestions[0]).toMatchObject({ kind: 'group', key: 'Các phòng, đơn vị có liên quan' });
  });

  it('suggests nothing for a body unlike any unit of the ward', () => {
    expect(resolver.suggest('Sở Tài nguyên và Môi trường')).toEqual([]);
  });
});
