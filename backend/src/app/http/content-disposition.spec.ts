import { parse } from 'content-disposition';
import { attachment } from './content-disposition';

describe('attachment', () => {
  it('gives a plain ASCII name as it is', () => {
    expect(attachment('report-2026.pdf')).toBe('attachment; filename=report-2026.pdf');
  });

  it('adds the exact UTF-8 name for Vietnamese, with a fallback without marks', () => {
    expect(attachment('Kế hoạch Đoàn thể.pdf')).toBe(
      `attachment; filename="Ke hoach Doan the.pdf"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20%C4%90o%C3%A0n%20th%E1%BB%83.pdf`,
    );
  });

  it('quotes what would end the fallback and keeps the exact name exact', () => {
    const name = `Báo cáo "quý" (1)'s\\Đợt.xlsx`;
    const header = attachment(name);
    expect(header).toContain(`filename="Bao cao \\"quy\\" (1)'s\\\\Dot.xlsx"`);
    expect(parse(header).parameters['filename']).toBe(name);
  });

  it('writes the exact name composed (NFC), as the user typed it', () => {
    expect(parse(attachment('Quý'.normalize('NFD'))).parameters['filename']).toBe('Quý'.normalize('NFC'));
  });

  it('replaces what has no ASCII form in the fallback', () => {
    expect(attachment('报告.pdf')).toMatch(/^attachment; filename=__\.pdf; filename\*=UTF-8''/);
  });
});
