import { stripHtml } from './html';

describe('stripHtml', () => {
  it.each<[string, string, boolean]>([
    ['Kế hoạch, Báo cáo', 'Kế hoạch, Báo cáo', false],
    ['<ul style="list-style-type: none"> - Kế hoạch; - Báo cáo', '- Kế hoạch; - Báo cáo', true],
    ['<p>pháp luật theo thẩm quyền;</p> <ul> - Kết quả', 'pháp luật theo thẩm quyền; - Kết quả', true],
    ['HĐND &amp; UBND', 'HĐND & UBND', true],
    ['Quý I&#47;2026 &#x2013; IV', 'Quý I/2026 – IV', true],
    ['a < b and c > d', 'a < b and c > d', false],
    ['R&D &unknown;', 'R&D &unknown;', false],
  ])('%s', (input, text, removed) => {
    expect(stripHtml(input)).toEqual({ text, removed });
  });
});
