/**
 * Letters of other alphabets that look like Latin ones. Text pasted from documents that went
 * through OCR or a Russian keyboard layout carries them ("Рhòng" with a Cyrillic Р), and they
 * defeat every comparison, so the whole input is mapped to Latin before anything else.
 */
const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'ë',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'ï',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ɡ: 'g',
  А: 'A',
  В: 'B',
  Е: 'E',
  Ё: 'Ë',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
  Ї: 'Ï',
  Ј: 'J',
  Ѕ: 'S',
  Ԁ: 'D',
  Һ: 'H',
  Ԛ: 'Q',
  Ԝ: 'W',
  Ӏ: 'I',
  // Greek
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};

const LOOK_ALIKE_PATTERN = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'g');
const FULLWIDTH_ASCII = /[\uFF01-\uFF5E]/g;
/** Zero-width characters, soft hyphens and the bidirectional marks that Word and PDFs scatter. */
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u180E\u202A-\u202E\u2066-\u2069]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/**
 * Hyphens and minus signs that only look like '-': U+2010 hyphen, U+2011 non-breaking hyphen,
 * U+2012 figure dash, U+2015 bar, U+2043 bullet hyphen, U+2212 minus, small and full-width forms.
 * The en and em dashes (U+2013, U+2014) are kept: plans use them as real punctuation, and every
 * reader treats them as dashes anyway.
 */
const ODD_HYPHENS = /[\u2010-\u2012\u2015\u2043\u2212\uFE58\uFE63\uFF0D]/g;
/** Eth (Ð) stands in for Đ in text converted from old Vietnamese encodings. */
const ETH = /\u00D0/g;

export function mapLookAlikes(text: string): string {
  return text
    .replace(LOOK_ALIKE_PATTERN, (letter) => LOOK_ALIKES[letter] ?? letter)
    .replace(FULLWIDTH_ASCII, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/**
 * The one normalisation every input goes through: look-alike letters to Latin (before NFC, so a
 * Cyrillic о followed by a combining mark composes into ó), NFC, invisible characters dropped,
 * odd spaces made plain, look-alike hyphens made '-', and line endings unified.
 */
export function normalizePlanText(text: string): string {
  return mapLookAlikes(text)
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(ODD_HYPHENS, '-')
    .replace(ETH, 'Đ')
    .replace(/\r\n?|\u2028|\u2029/g, '\n');
}
