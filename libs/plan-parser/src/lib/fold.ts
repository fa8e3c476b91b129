import { foldVietnamese } from '@dondoc/domain';

/** Folded text plus, for every folded character, the index of the character it came from. */
export interface FoldedText {
  folded: string;
  /** map[i] = index in the original of folded[i]; map[folded.length] = original length. */
  map: number[];
}

const DASHES = /[-\u2010-\u2015\u2212]/;
const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = foldVietnamese(char);
    foldedChars.set(char, folded);
  }
  return folded;
}

/**
 * Folds text for matching unit names, keeping a map back to the original so that an unmatched
 * name can be reported as the person wrote it. Beyond foldVietnamese (accents, đ, case), dashes
 * become '-', spaces around '-' and '&' vanish ("HĐND - UBND", "HĐND- UBND" and "HĐND-UBND" agree)
 * and runs of spaces shrink to one. Line breaks are kept: they separate names.
 */
export function foldWithMap(text: string): FoldedText {
  // Built as an array: testing the end of a growing string would flatten it at every character.
  const out: string[] = [];
  const map: number[] = [];
  const last = () => out[out.length - 1];
  const dropTrailingSpace = () => {
    if (last() === ' ') {
      out.pop();
      map.pop();
    }
  };
  let afterJoiner = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\n') {
      dropTrailingSpace();
      out.push('\n');
      map.push(index);
      afterJoiner = false;
      continue;
    }
    if (/\s/.test(char)) {
      if (!afterJoiner && out.length > 0 && last() !== ' ' && last() !== '\n') {
        out.push(' ');
        map.push(index);
      }
      continue;
    }
    const joiner = DASHES.test(char) ? '-' : char === '&' ? '&' : null;
    if (joiner !== null) {
      dropTrailingSpace();
      out.push(joiner);
      map.push(index);
      afterJoiner = true;
      continue;
    }
    afterJoiner = false;
    for (const piece of foldChar(char)) {
      out.push(piece);
      map.push(index);
    }
  }
  map.push(text.length);
  return { folded: out.join(''), map };
}

/** The folded form alone, used for catalog aliases and keyword tests. */
export function foldForMatching(text: string): string {
  const { folded } = foldWithMap(text);
  return folded.trim();
}
