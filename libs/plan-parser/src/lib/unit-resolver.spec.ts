import type { UnitGroupSeed, UnitSeed } from '@dondoc/seed-data';
import { createUnitResolver } from './unit-resolver';

function unit(code: string, name: string, ...aliases: string[]): UnitSeed {
  return { code, name, aliases };
}

function group(name: string, members: UnitGroupSeed['members'], ...aliases: string[]): UnitGroupSeed {
  return { name, members, aliases };
}

const resolver = createUnitResolver(
  [
    unit('VHXH', 'Phòng Văn hoá – Xã hội', 'Phòng VHXH', 'Phòng VHXXH'),
    unit('VP', 'Văn phòng HĐND và UBND phường', 'Văn phòng HĐND&UBND', 'Văn phòng'),
    unit('KTHTDT', 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng KTHT&ĐT'),
    unit('PVHCC', 'Trung tâm Phục vụ hành chính công', 'Trung tâm PVHCC'),
    unit('UBND', 'Ủy ban nhân dân phường', 'UBND'),
  ],
  [
    group('Các phòng, đơn vị', 'all'),
    group('Các phòng, đơn vị chuyên môn', 'all'),
    group('Các phòng, ban, ngành, các đơn vị sự nghiệp công lập trực thuộc UBND phường', 'all'),
    group('Các đơn vị sự nghiệp', ['PVHCC']),
  ],
);

function summary(cell: string): [string[], string[], string[]] {
  const { unitCodes, groups, unresolved } = resolver.resolve(cell);
  return [unitCodes, groups.map((found) => found.name), unresolved];
}

describe('createUnitResolver', () => {
  it.each<[string, string, [string[], string[], string[]]]>([
    ['one alias', 'Phòng VHXXH', [['VHXH'], [], []]],
    ['the name with another dash and accent', 'Phòng Văn hóa - Xã hội', [['VHXH'], [], []]],
    ['case and spacing', '  phòng   vhxh ', [['VHXH'], [], []]],
    ['"phường" after a name', 'Trung tâm Phục vụ hành chính công phường', [['PVHCC'], [], []]],
    ['an abbreviation in brackets', 'Phòng Văn hoá – Xã hội (VHXH)', [['VHXH'], [], []]],
    ['spaces around &', 'Văn phòng HĐND & UBND', [['VP'], [], []]],
    ['a name holding a comma and "và"', 'Phòng Kinh tế, Hạ tầng và Đô thị', [['KTHTDT'], [], []]],
    ['units split by ;', 'Phòng VHXH; Văn phòng HĐND&UBND', [['VHXH', 'VP'], [], []]],
    ['units split by ,', 'Văn phòng HĐND&UBND, Trung tâm PVHCC', [['VP', 'PVHCC'], [], []]],
    ['units split by và', 'Văn phòng HĐND&UBND và Phòng KTHT&ĐT', [['VP', 'KTHTDT'], [], []]],
    ['units on separate lines', 'Phòng VHXH\nTrung tâm PVHCC', [['VHXH', 'PVHCC'], [], []]],
    ['the same unit twice', 'Phòng VHXH, Phòng VHXXH', [['VHXH'], [], []]],
    ['the longest group wins', 'Các phòng, đơn vị chuyên môn', [[], ['Các phòng, đơn vị chuyên môn'], []]],
    [
      'a group with inner commas is not split',
      'Các phòng, ban, ngành, các đơn vị sự nghiệp công lập trực thuộc UBND phường',
      [[], ['Các phòng, ban, ngành, các đơn vị sự nghiệp công lập trực thuộc UBND phường'], []],
    ],
    ['a unit then a group', 'UBND phường; Các phòng, đơn vị', [['UBND'], ['Các phòng, đơn vị'], []]],
    ['an empty cell', '', [[], [], []]],
    ['an unknown name', 'Hội Luật gia', [[], [], ['Hội Luật gia']]],
    [
      'a known prefix of an unknown name is not guessed',
      'Văn phòng HĐND-UBND tỉnh',
      [[], [], ['Văn phòng HĐND-UBND tỉnh']],
    ],
    [
      'unknown names beside known ones',
      'Hội Luật gia, các hiệp hội, Phòng VHXH',
      [['VHXH'], [], ['Hội Luật gia', 'các hiệp hội']],
    ],
    ['a trailing full stop', 'Các phòng, đơn vị.', [[], ['Các phòng, đơn vị'], []]],
  ])('reads %s', (_label, cell, expected) => {
    expect(summary(cell)).toEqual(expected);
  });

  it.each([
    ['decomposed Unicode (NFD)', 'Phòng Văn hoá – Xã hội'.normalize('NFD')],
    ['a Cyrillic Р and о', 'Рhòng Văn hоá – Xã hội'],
    ['Cyrillic а, с, е, х in an abbreviation', 'Phòng VHXH; Vаn phòng HĐND&UBND; Trung tâm PVHСС'],
    ['a Greek Ρ (rho)', '\u03a1hòng VHXH'],
  ])('reads %s like clean text', (_label, cell) => {
    const [codes, groups, unresolved] = summary(cell);
    expect(unresolved).toEqual([]);
    expect(groups).toEqual([]);
    expect(codes[0]).toBe('VHXH');
  });

  it('reports a name in the form the person can recognise', () => {
    expect(resolver.resolve('Рhòng Tư pháp').unresolved).toEqual(['Phòng Tư pháp']);
  });
});
