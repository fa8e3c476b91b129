import { displayNameOf, MAX_NAME_LENGTH } from './display-name';

const PDF = 'application/pdf' as const;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' as const;

describe('displayNameOf', () => {
  it('keeps a plain Vietnamese name as it is', () => {
    expect(displayNameOf('Kế hoạch CCHC 2026.pdf', PDF)).toBe('Kế hoạch CCHC 2026.pdf');
  });

  it('removes bidi controls, so a name cannot read as another extension than it has', () => {
    // Shown as "bao-caofdp.exe" read right to left in the middle: really an .exe name.
    expect(displayNameOf('bao-cao\u202Efdp.exe', PDF)).toBe('bao-caofdp.exe.pdf');
    expect(displayNameOf('\u2066Kế hoạch\u2069.pdf', PDF)).toBe('Kế hoạch.pdf');
  });

  it('normalises decomposed Unicode to NFC', () => {
    expect(displayNameOf('Ke\u0302\u0301 hoa\u0323ch.pdf', PDF)).toBe('Kế hoạch.pdf');
  });

  it.each([
    ['../../etc/passwd', 'passwd.pdf'],
    ['..\\..\\windows\\system32\\cmd.exe', 'cmd.exe.pdf'],
    ['/var/lib/dondoc/files/x.pdf', 'x.pdf'],
    ['..', 'san-pham.pdf'],
    ['', 'san-pham.pdf'],
    ['a<b>c:d"e|f?g*h.pdf', 'a_b_c_d_e_f_g_h.pdf'],
    ['bad\u0000name\u0007.pdf', 'bad_name_.pdf'],
    ['  many   spaces\t.pdf ', 'many spaces.pdf'],
    ['.hidden.pdf', 'hidden.pdf'],
  ])('makes %j safe to show: %j', (original, expected) => {
    expect(displayNameOf(original, PDF)).toBe(expected);
  });

  it('ends the name in the extension of what the bytes are', () => {
    expect(displayNameOf('report.pdf', DOCX)).toBe('report.pdf.docx');
    expect(displayNameOf('photo.JPEG', 'image/jpeg')).toBe('photo.jpeg');
    expect(displayNameOf('photo', 'image/jpeg')).toBe('photo.jpg');
  });

  it('shortens long names and keeps the extension', () => {
    const name = displayNameOf(`${'Báo cáo '.repeat(40)}.pdf`, PDF);
    expect(Array.from(name).length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
