import type { UnitSuggestion } from './types';

export interface SuggestionCandidate {
  /** The canonical spelling of one of the unit's names. */
  key: string;
  suggestion: UnitSuggestion;
}

/** Below this a name is not close enough to offer; the person picks from the whole list instead. */
export const MIN_SUGGESTION_SCORE = 0.6;
const MAX_SUGGESTIONS = 3;

function bigrams(text: string): Map<string, number> {
  const compact = text.replace(/[^a-z0-9&]+/g, ' ').trim();
  const counts = new Map<string, number>();
  for (let index = 0; index < compact.length - 1; index++) {
    const pair = compact.slice(index, index + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Sørensen–Dice over character pairs: forgiving to a typo, a missing letter or a swapped word. */
function dice(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const count of a.values()) sizeA += count;
  for (const [pair, count] of b) {
    sizeB += count;
    shared += Math.min(count, a.get(pair) ?? 0);
  }
  return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB);
}

const bigramCache = new WeakMap<SuggestionCandidate, Map<string, number>>();

/** The known units closest to a name (given in one or more spellings) that matched none of them, best first. */
export function suggestionsFor(spellings: string[], candidates: SuggestionCandidate[]): UnitSuggestion[] {
  const wanted = spellings.filter((spelling) => spelling.length >= 2).map(bigrams);
  if (wanted.length === 0) return [];
  const best = new Map<string, UnitSuggestion>();
  for (const candidate of candidates) {
    let pairs = bigramCache.get(candidate);
    if (!pairs) bigramCache.set(candidate, (pairs = bigrams(candidate.key)));
    const closest = Math.max(...wanted.map((pairsOfName) => dice(pairsOfName, pairs as Map<string, number>)));
    const score = Math.round(closest * 100) / 100;
    if (score < MIN_SUGGESTION_SCORE) continue;
    const id = `${candidate.suggestion.kind}:${candidate.suggestion.key}`;
    const known = best.get(id);
    if (!known || known.score < score) best.set(id, { ...candidate.suggestion, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, MAX_SUGGESTIONS);
}
