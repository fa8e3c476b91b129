import { parseWithWard, rowOf, seedText } from './test-support';
import type { ParseResult } from './types';

/** Replaces Latin letters by their Cyrillic look-alikes, as a bad OCR or keyboard would. */
function withCyrillic(text: string): string {
  const swap: Record<string, string> = {
    a: 'а',
    o: 'о',
    p: 'р',
    c: 'с',
    e: 'е',
    x: 'х',
    P: 'Р',
    H: 'Н',
    C: 'С',
    T: 'Т',
  };
  return text.replace(/[aopcexPHCT]/g, (letter) => swap[letter]);
}

function unitsOf(result: ParseResult) {
  return result.plan.tasks.map(rowOf).map(([ref, lead, cooperators]) => [ref, lead, cooperators]);
}

describe.each(['HD', 'NC', 'BHL'] as const)('the %s seed pasted in other encodings', (ward) => {
  const clean = parseWithWard(seedText(ward), ward);

  it.each([
    ['decomposed (NFD)', (text: string) => text.normalize('NFD')],
    ['with Cyrillic look-alike letters', withCyrillic],
    ['with Windows line ends', (text: string) => text.replace(/\n/g, '\r\n')],
  ])('resolves the same units when %s', (_label, transform) => {
    const transformed = parseWithWard(transform(seedText(ward)), ward);
    expect(transformed.plan.tasks).toHaveLength(clean.plan.tasks.length);
    expect(unitsOf(transformed)).toEqual(unitsOf(clean));
    expect(transformed.warnings.map((warning) => [warning.code, warning.subject])).toEqual(
      clean.warnings.map((warning) => [warning.code, warning.subject]),
    );
  });
});
