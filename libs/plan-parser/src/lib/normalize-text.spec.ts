import { normalizePlanText } from './normalize-text';

describe('normalizePlanText', () => {
  it.each([
    ['NFD to NFC', 'Văn hoá'.normalize('NFD'), 'Văn hoá'],
    ['Cyrillic look-alikes', 'Рhòng VНХН', 'Phòng VHXH'],
    ['a Cyrillic о with a combining acute composes', 'h\u043e\u0301a', 'hóa'],
    ['Greek capitals', 'ΤΤ', 'TT'],
    ['full-width letters', 'ＶＨＸＨ', 'VHXH'],
    ['zero-width and soft hyphen', 'Phò\u200bng\u00ad', 'Phòng'],
    ['non-breaking space', 'Quý\u00a0I', 'Quý I'],
    ['Windows line ends', 'a\r\nb\rc', 'a\nb\nc'],
    ['a non-breaking hyphen and a minus sign', 'HĐND\u2011UBND \u2212 VH\u2010XH', 'HĐND-UBND - VH-XH'],
    ['bidirectional marks and a word joiner', '\u200eQuý\u2060 I\u202c', 'Quý I'],
    ['an Eth standing in for Đ', '\u00d0ơn vị', 'Đơn vị'],
    ['an en dash kept as written', 'Văn hoá – Xã hội', 'Văn hoá – Xã hội'],
  ])('%s', (_label, input, expected) => {
    expect(normalizePlanText(input)).toBe(expected);
  });
});
