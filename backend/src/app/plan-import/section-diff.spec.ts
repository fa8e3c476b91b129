import { diffSections } from './section-diff';

const standing = [
  { key: 'I', title: 'CẢI CÁCH THỂ CHẾ' },
  { key: 'II', title: 'Cải cách thủ tục hành chính' },
];

describe('diffSections', () => {
  it('finds a section the revision heads with another title, by its key', () => {
    expect(
      diffSections(standing, [
        { key: 'I', title: 'CẢI CÁCH THỂ CHẾ VÀ KIỂM SOÁT THỦ TỤC' },
        { key: 'II', title: 'Cải cách thủ tục hành chính' },
      ]),
    ).toEqual({
      added: [],
      renamed: [{ key: 'I', before: 'CẢI CÁCH THỂ CHẾ', after: 'CẢI CÁCH THỂ CHẾ VÀ KIỂM SOÁT THỦ TỤC' }],
    });
  });

  it('adds the sections the plan does not have, in the revision’s order, once each', () => {
    expect(
      diffSections(standing, [
        { key: 'I', title: 'CẢI CÁCH THỂ CHẾ' },
        { key: 'III', title: 'Chính quyền số' },
        { key: '3.1', title: 'Dữ liệu  dân cư ' },
        { key: 'III', title: 'Chính quyền số' },
      ]),
    ).toEqual({
      added: [
        { key: 'III', title: 'Chính quyền số' },
        { key: '3.1', title: 'Dữ liệu dân cư' },
      ],
      renamed: [],
    });
  });

  it('reads titles that differ only in spacing or Unicode composition as the same', () => {
    const decomposed = 'Cải cách thủ tục hành chính'.normalize('NFD');
    expect(diffSections(standing, [{ key: 'II', title: `  ${decomposed.replace(' ', '   ')} ` }])).toEqual({
      added: [],
      renamed: [],
    });
  });

  it('keeps a title when the revision heads the section without one, and keeps sections it leaves out', () => {
    expect(diffSections(standing, [{ key: 'I', title: '' }])).toEqual({ added: [], renamed: [] });
  });

  it('calls a change of letter case a rename: the board shows what the latest document prints', () => {
    expect(diffSections(standing, [{ key: 'I', title: 'Cải cách thể chế' }]).renamed).toEqual([
      { key: 'I', before: 'CẢI CÁCH THỂ CHẾ', after: 'Cải cách thể chế' },
    ]);
  });
});
