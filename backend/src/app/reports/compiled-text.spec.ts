import { outlineOf } from './compiled-text';

describe('outlineOf', () => {
  it('places each paragraph under the heading of the report outline it follows', () => {
    const outline = outlineOf(
      [
        'Mở đầu trước mọi đề mục',
        'I. Kết quả thực hiện',
        'Đã hoàn thành 3 nhiệm vụ.',
        'II. Đánh giá chung',
        '1. Ưu điểm',
        'Chủ động.',
        '2. Tồn tại, hạn chế',
        'Còn chậm.',
        '3. Nguyên nhân',
        'Thiếu người.',
        'III. Phương hướng, nhiệm vụ kỳ tới',
        'Hoàn thành quý II.',
        'IV. Đề xuất, kiến nghị',
        'Bổ sung biên chế.',
      ].join('\n'),
    );
    expect(outline).toEqual({
      results: ['Mở đầu trước mọi đề mục', 'Đã hoàn thành 3 nhiệm vụ.'],
      strengths: ['Chủ động.'],
      shortcomings: ['Còn chậm.'],
      causes: ['Thiếu người.'],
      nextTasks: ['Hoàn thành quý II.'],
      proposals: ['Bổ sung biên chế.'],
    });
  });

  it('keeps a text without headings whole in part I', () => {
    expect(outlineOf('Một.\n\nHai.').results).toEqual(['Một.', 'Hai.']);
  });
});
