import { sheetNames } from './sheet-names';

describe('sheetNames', () => {
  it('replaces the characters Excel refuses in a sheet name', () => {
    expect(sheetNames(['Phòng VHXH/KTHT: [quý I]?'])).toEqual(['Phòng VHXH KTHT quý I']);
  });

  it('cuts names to 31 characters, marking the cut', () => {
    const [name] = sheetNames(['VII. Xây dựng Chính quyền điện tử, Chính quyền số']);
    expect(name).toBe('VII. Xây dựng Chính quyền điện…');
    expect(name).toHaveLength(31);
  });

  it('numbers repeated names, compared without case, and names an empty one', () => {
    expect(sheetNames(['Công an phường', 'CÔNG AN PHƯỜNG', 'Công an phường', ''])).toEqual([
      'Công an phường',
      'CÔNG AN PHƯỜNG (2)',
      'Công an phường (3)',
      'Trang',
    ]);
  });

  it('keeps a numbered repeat within 31 characters', () => {
    const long = 'Trung tâm Phục vụ hành chính công phường';
    const names = sheetNames([long, long]);
    expect(names[1]).toMatch(/… \(2\)$/);
    expect(names.map((name) => name.length)).toEqual([31, 31]);
  });
});
