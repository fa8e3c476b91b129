import { isBlankText, storedText } from './user-text';

describe('user text', () => {
  it('is stored in NFC without bidi controls', () => {
    const decomposed = 'Nguyễn Văn A'.normalize('NFD');
    expect(storedText(`\u202E${decomposed}\u2066.pdf\u2069`)).toBe('Nguyễn Văn A.pdf');
  });

  it.each([
    ['spaces and a tab', '  \t '],
    ['zero-width spaces and joiners', '\u200B\u200C\u200D'],
    ['a word joiner and a byte-order mark between spaces', ' \u2060 \uFEFF '],
    ['bidi controls alone', '\u202E\u2066'],
  ])('calls %s blank', (_label, text) => {
    expect(isBlankText(text)).toBe(true);
  });

  it('does not call a word with a zero-width joiner blank', () => {
    expect(isBlankText('\u200BĐồng ý')).toBe(false);
  });
});
