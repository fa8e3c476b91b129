import { attachmentDisposition } from './content-disposition';

describe('attachmentDisposition', () => {
  it('gives a plain ASCII name as it is', () => {
    expect(attachmentDisposition('report-2026.pdf')).toBe('attachment; filename="report-2026.pdf"');
  });

  it('adds the exact UTF-8 name for Vietnamese, with a fallback without marks', () => {
    expect(attachmentDisposition('Kế hoạch Đoàn thể.pdf')).toBe(
      `attachment; filename="Ke hoach Doan the.pdf"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20%C4%90o%C3%A0n%20th%E1%BB%83.pdf`,
    );
  });

  it('escapes quotes and backslashes in the fallback and RFC 5987 specials in the exact name', () => {
    expect(attachmentDisposition(`Báo cáo "quý" (1)'s.pdf`)).toBe(
      `attachment; filename="Bao cao \\"quy\\" (1)'s.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%22qu%C3%BD%22%20%281%29%27s.pdf`,
    );
  });

  it('replaces what has no ASCII form', () => {
    expect(attachmentDisposition('报告.pdf')).toMatch(/^attachment; filename="__\.pdf"; filename\*=UTF-8''/);
  });
});
