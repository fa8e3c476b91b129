import { readTarget } from './target-reading';

describe('readTarget', () => {
  it.each([
    [
      'tăng tỷ lệ hội nghị trực tuyến đạt từ 60% trở lên trên tổng số hội nghị',
      { operator: '>=', value: 60 },
    ],
    ['Thực hiện cắt giảm tối thiểu 15% số lượng văn bản hành chính', { operator: '>=', value: 15 }],
    ['tỷ lệ hội nghị trực tuyến ≥ 60%', { operator: '>=', value: 60 }],
    ['số hóa văn bản đạt từ 95% trở lên', { operator: '>=', value: 95 }],
    ['Mức độ hài lòng đạt tối thiểu 90%', { operator: '>=', value: 90 }],
    ['Tỷ lệ hồ sơ quá hạn không quá 2,5%', { operator: '<=', value: 2.5 }],
    ['Tỷ lệ hồ sơ quá hạn dưới 1%', { operator: '<=', value: 1 }],
  ])('reads %s', (text, expected) => {
    expect(readTarget(text)).toEqual(expected);
  });

  it('reads nothing where no percentage is stated', () => {
    expect(readTarget('Ban hành Kế hoạch cải cách hành chính năm 2026')).toBeNull();
  });

  it('reads decomposed Unicode like composed', () => {
    expect(readTarget('đạt tối thiểu 90%'.normalize('NFD'))).toEqual({ operator: '>=', value: 90 });
  });
});
