import { foldVietnamese, matchesSearch } from './text';

describe('foldVietnamese', () => {
  it.each([
    ['Kế hoạch', 'ke hoach'],
    ['Phòng Văn hoá – Xã hội', 'phong van hoa – xa hoi'],
    ['Đảng uỷ', 'dang uy'],
    ['  Trung   tâm\tPVHCC ', 'trung tam pvhcc'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it('treats decomposed (NFD) input like composed input', () => {
    expect(foldVietnamese('Kế hoạch'.normalize('NFD'))).toBe(foldVietnamese('Kế hoạch'));
  });
});

describe('matchesSearch', () => {
  it('finds text by words typed without diacritics, in any order', () => {
    expect(matchesSearch('Ban hành Kế hoạch cải cách hành chính', 'hoach ke')).toBe(true);
    expect(matchesSearch('Ban hành Kế hoạch cải cách hành chính', 'bao cao')).toBe(false);
  });
});
