import type { UnitGroupSeed, UnitSeed } from '@dondoc/seed-data';
import { foldForMatching, foldWithMap } from './fold';
import { normalizePlanText } from './normalize-text';
import type { GroupMembers } from './types';

export interface ResolvedGroup {
  name: string;
  members: GroupMembers;
}

export interface CellResolution {
  unitCodes: string[];
  groups: ResolvedGroup[];
  /** Names as written in the cell that matched no unit, alias or group. */
  unresolved: string[];
}

export interface UnitResolver {
  resolve(cell: string): CellResolution;
}

interface CatalogEntry {
  key: string;
  unitCode?: string;
  group?: ResolvedGroup;
}

/** Characters that separate names in a cell, or sit between them ("; ", ", ", bullets). */
const SEPARATOR_CHARS = new Set([' ', ',', ';', '.', ':', '\n', '+', '/', '-', '*', '•']);
/** Characters that may directly follow a complete name. */
const BOUNDARY_CHARS = new Set([',', ';', '.', ':', '\n', ')', '/', '+']);
const SPLIT_POINTS = new Set([',', ';', '\n']);
const AND = 'va';
const WARD_SUFFIX = ' phuong';
const TRAILING_PARENTHESIS = /^ ?\([^)\n]{0,80}\)/;

function buildCatalog(units: UnitSeed[], groups: UnitGroupSeed[]): Map<string, CatalogEntry[]> {
  const entries: CatalogEntry[] = [];
  const seen = new Set<string>();
  const add = (text: string, entry: Omit<CatalogEntry, 'key'>) => {
    const key = foldForMatching(text);
    if (key.length === 0 || seen.has(key)) return;
    seen.add(key);
    entries.push({ key, ...entry });
  };
  // Groups first: when a group and a unit share a spelling, the group is the safer reading.
  for (const group of groups) {
    const resolved = { name: group.name, members: group.members };
    for (const alias of [group.name, ...group.aliases]) add(alias, { group: resolved });
  }
  for (const unit of units) {
    for (const alias of [unit.name, ...unit.aliases]) add(alias, { unitCode: unit.code });
  }
  // Longest first, so "Các phòng, đơn vị chuyên môn" wins over "Các phòng, đơn vị" and the inner
  // commas of a group never split it.
  entries.sort((a, b) => b.key.length - a.key.length);
  const byFirstChar = new Map<string, CatalogEntry[]>();
  for (const entry of entries) {
    const bucket = byFirstChar.get(entry.key[0]) ?? [];
    bucket.push(entry);
    byFirstChar.set(entry.key[0], bucket);
  }
  return byFirstChar;
}

function startsWithWord(text: string, word: string, at: number): boolean {
  if (!text.startsWith(word, at)) return false;
  const next = text[at + word.length];
  return next === undefined || !/[a-z0-9]/.test(next);
}

function skipSeparators(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    if (SEPARATOR_CHARS.has(text[at])) at++;
    else if (startsWithWord(text, AND, at)) at += AND.length;
    else break;
  }
  return at;
}

/** Where a complete name ending at `end` really ends (after "phường" or "(VHXH)"), or -1. */
function endOfName(text: string, end: number): number {
  let at = end;
  if (startsWithWord(text, WARD_SUFFIX, at)) at += WARD_SUFFIX.length;
  const parenthesis = TRAILING_PARENTHESIS.exec(text.slice(at, at + 84));
  if (parenthesis) at += parenthesis[0].length;
  let next = at;
  while (text[next] === ' ') next++;
  if (next >= text.length || BOUNDARY_CHARS.has(text[next]) || startsWithWord(text, AND, next)) return at;
  return -1;
}

function nextSegmentStart(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    if (SPLIT_POINTS.has(text[at])) return at + 1;
    if (text[at] === ' ' && startsWithWord(text, AND, at + 1)) return at + 1;
  }
  return text.length;
}

function splitUnresolved(text: string): string[] {
  return text
    .split(/[,;\n]|\s+và\s+/)
    .map((piece) => piece.replace(/^[\s.:\-*•+/]+|[\s.:\-*•+/]+$/g, '').replace(/^và\s+/i, ''))
    .filter((piece) => /\p{L}/u.test(piece));
}

/**
 * Resolves the unit names of a lead or cooperator cell against a ward's catalog. A cell may
 * name several units and groups; each known spelling (longest first) is taken at the start of a
 * segment, and whatever matches nothing is returned as written, never guessed.
 */
export function createUnitResolver(units: UnitSeed[], groups: UnitGroupSeed[]): UnitResolver {
  const catalog = buildCatalog(units, groups);

  const matchAt = (text: string, at: number): { entry: CatalogEntry; end: number } | null => {
    for (const entry of catalog.get(text[at]) ?? []) {
      if (!text.startsWith(entry.key, at)) continue;
      const end = endOfName(text, at + entry.key.length);
      if (end >= 0) return { entry, end };
    }
    return null;
  };

  return {
    resolve(rawCell: string): CellResolution {
      const cell = normalizePlanText(rawCell);
      const { folded, map } = foldWithMap(cell);
      const unitCodes: string[] = [];
      const groups: ResolvedGroup[] = [];
      const unresolved: string[] = [];
      let unmatchedFrom: number | null = null;
      const flushUnmatched = (until: number) => {
        if (unmatchedFrom === null) return;
        for (const name of splitUnresolved(cell.slice(map[unmatchedFrom], map[until]))) unresolved.push(name);
        unmatchedFrom = null;
      };

      let at = skipSeparators(folded, 0);
      while (at < folded.length) {
        const match = matchAt(folded, at);
        if (match) {
          flushUnmatched(at);
          const { unitCode, group } = match.entry;
          if (unitCode && !unitCodes.includes(unitCode)) unitCodes.push(unitCode);
          if (group && !groups.some((known) => known.name === group.name)) groups.push(group);
          at = match.end;
        } else {
          unmatchedFrom ??= at;
          at = nextSegmentStart(folded, at);
        }
        at = skipSeparators(folded, at);
      }
      flushUnmatched(folded.length);
      return { unitCodes, groups, unresolved };
    },
  };
}
