import { readPlanMetadata } from './plan-metadata';

describe('readPlanMetadata', () => {
  it.each<[string, string, ReturnType<typeof readPlanMetadata>]>([
    [
      'a numbered plan',
      'Số: 158/KH-UBND\n\nNhị Chiểu, ngày 05 tháng 5 năm 2026\n\n## KẾ HOẠCH\n\n**Triển khai Kết luận 226**',
      { symbol: '158/KH-UBND', issuedOn: '2026-05-05', title: 'Triển khai Kết luận 226', year: 2026 },
    ],
    [
      'a decision awaiting its number',
      'Số: /QĐ-UBND\nHải Dương, ngày 12 tháng 01 năm 2026\nKẾ HOẠCH**Cải cách hành chính năm 2026**',
      { symbol: '', issuedOn: '2026-01-12', title: 'Cải cách hành chính năm 2026', year: 2026 },
    ],
    [
      'an appendix with the plan symbol and date in brackets',
      'PHỤ LỤC\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/5/2026 của UBND phường)',
      { symbol: '12/KH-UBND', issuedOn: '2026-05-05', year: 2026 },
    ],
    ['an impossible date', 'Hà Nội, ngày 31 tháng 2 năm 2026', {}],
    ['nothing to read', 'Một đoạn văn bình thường.', {}],
  ])('%s', (_label, text, expected) => {
    expect(readPlanMetadata(text)).toEqual(expected);
  });

  it('falls back on the given year when the text has none', () => {
    expect(readPlanMetadata('Không có năm', 2027).year).toBe(2027);
    expect(readPlanMetadata('Hà Nội, ngày 01 tháng 2 năm 2026', 2027).year).toBe(2026);
  });
});
