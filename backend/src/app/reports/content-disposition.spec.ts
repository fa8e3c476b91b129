import { attachment, fileNamePart } from './content-disposition';

describe('attachment', () => {
  it('gives an ASCII fallback and the Vietnamese name percent-encoded in filename*', () => {
    expect(attachment('Báo cáo Quý I-2026.docx')).toBe(
      `attachment; filename="Bao cao Quy I-2026.docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20Qu%C3%BD%20I-2026.docx`,
    );
  });

  it('writes đ as d in the fallback and encodes quotes that would end it', () => {
    const header = attachment('Đợt "1".xlsx');
    expect(header).toContain('filename="Dot _1_.xlsx"');
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe('Đợt "1".xlsx');
  });
});

describe('fileNamePart', () => {
  it('drops the slashes of a plan symbol', () => {
    expect(fileNamePart('158/KH-UBND')).toBe('158-KH-UBND');
  });
});
