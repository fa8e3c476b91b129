import type { UnitGroupSeed, UnitSeed } from '@dondoc/seed-data';
import { foldForMatching, foldWithMap } from './fold';
import { normalizePlanText } from './normalize-text';
import type { GroupMembers, UnitSuggestion } from './types';
import { canonicalUnitText } from './unit-name-canon';
import { suggestionsFor, type SuggestionCandidate } from './unit-suggestions';

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
  /** Known units and groups whose names are close to an unresolved name, best first; never applied. */
  suggest(name: string): UnitSuggestion[];
}

interface CatalogEntry {
  key: string;
  unitCode?: string;
  group?: ResolvedGroup;
  /** The catalog's name of the unit or group, for suggestions. */
  name: string;
  /** The spelling folded but not made canonical: a typo in a long name is near this one. */
  plain: string;
}

/**
 * Group wordings every ward uses, known even when the ward's catalog does not list them. Each
 * resolves to the ward's own group of that wording when it has one (found by `sameAs`), else to
 * the ward's first group of every unit, else to a group of every unit under this name.
 */
const COMMON_WORDINGS: { wording: string; sameAs: string }[] = [
  { wording: 'Các phòng, ban, ngành', sameAs: 'phong, ban, nganh' },
  { wording: 'Các phòng, ban, ngành, đơn vị', sameAs: 'phong, ban, nganh' },
  { wording: 'Các phòng, ban, ngành, đoàn thể', sameAs: 'phong, ban, nganh' },
  { wording: 'Các phòng, ban, ngành phường', sameAs: 'phong, ban, nganh' },
  { wording: 'Các phòng, ban, ngành thuộc UBND phường', sameAs: 'phong, ban, nganh' },
  { wording: 'Các phòng, ban, ngành, đơn vị trực thuộc UBND phường', sameAs: 'phong, ban, nganh' },
  { wording: 'Các phòng chuyên môn', sameAs: 'phong chuyen mon' },
  { wording: 'Các phòng chuyên môn thuộc UBND phường', sameAs: 'phong chuyen mon' },
  { wording: 'Các đơn vị sự nghiệp', sameAs: 'don vi su nghiep' },
];

export function canonicalKey(text: string): string {
  return canonicalUnitText(foldWithMap(normalizePlanText(text))).folded.trim();
}

/** Characters that separate names in a cell, or sit between them ("; ", ", ", bullets). */
const SEPARATOR_CHARS = new Set([' ', ',', ';', '.', ':', '\n', '+', '/', '-', '*', '•']);
/** Characters that may directly follow a complete name. */
const BOUNDARY_CHARS = new Set([',', ';', '.', ':', '\n', ')', '/', '+']);
const SPLIT_POINTS = new Set([',', ';', '\n']);
const AND = 'va';
const WARD_SUFFIX = ' phuong';
const TRAILING_PARENTHESIS = /^ ?\([^)\n]{0,80}\)/;

function groupForWording(sameAs: string, wording: string, groups: UnitGroupSeed[]): ResolvedGroup {
  const own =
    groups.find((group) =>
      [group.name, ...group.aliases].some((alias) => canonicalKey(alias).startsWith(sameAs)),
    ) ?? groups.find((group) => group.members === 'all');
  return own ? { name: own.name, members: own.members } : { name: wording, members: 'all' };
}

function buildEntries(units: UnitSeed[], groups: UnitGroupSeed[]): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  const seen = new Set<string>();
  const add = (text: string, entry: Omit<CatalogEntry, 'key' | 'plain'>) => {
    const key = canonicalKey(text);
    const plain = foldForMatching(normalizePlanText(text));
    // "… phường" may be left out, since a name may always be followed by "phường".
    for (const variant of [key, key.replace(/ phuong$/, '')]) {
      if (variant.length === 0 || seen.has(variant)) continue;
      seen.add(variant);
      entries.push({ key: variant, plain, ...entry });
    }
  };
  // Groups first: when a group and a unit share a spelling, the group is the safer reading.
  for (const group of groups) {
    const resolved = { name: group.name, members: group.members };
    for (const alias of [group.name, ...group.aliases]) add(alias, { group: resolved, name: group.name });
  }
  for (const unit of units) {
    for (const alias of [unit.name, ...unit.aliases]) add(alias, { unitCode: unit.code, name: unit.name });
  }
  for (const { wording, sameAs } of COMMON_WORDINGS) {
    const group = groupForWording(sameAs, wording, groups);
    add(wording, { group, name: group.name });
  }
  return entries;
}

function indexCatalog(entries: CatalogEntry[]): Map<string, CatalogEntry[]> {
  // Longest first, so "Các phòng, đơn vị chuyên môn" wins over "Các phòng, đơn vị" and the inner
  // commas of a group never split it.
  const sorted = [...entries].sort((a, b) => b.key.length - a.key.length);
  const byFirstChar = new Map<string, CatalogEntry[]>();
  for (const entry of sorted) {
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

/**
 * Words that name a kind of body rather than a body: a piece that starts with one in lower case
 * ("ban", "ngành", "đơn vị trực thuộc") is the tail of the name before it, not a name of its own.
 */
const GENERIC_START =
  /^(?:phòng|ban|ngành|đơn vị|cơ quan|tổ chức|đoàn thể|địa phương|cá nhân|doanh nghiệp)(?![\p{L}])/u;

function trimPiece(piece: string): string {
  return piece.replace(/^[\s.:\-*•+/]+|[\s.:\-*•+/]+$/g, '').replace(/^và\s+/i, '');
}

/** The names of an unmatched stretch, each whole: split at ";" and lines, and at "," or "và" between names. */
function splitUnresolved(text: string): string[] {
  const names: string[] = [];
  for (const line of text.split(/[;\n]/)) {
    const pieces = line.split(/(,|\s+và\s+)/);
    let current = '';
    for (let index = 0; index < pieces.length; index += 2) {
      const piece = trimPiece(pieces[index]);
      if (!piece) continue;
      if (current && GENERIC_START.test(piece)) {
        current = `${current}${pieces[index - 1].trim() === ',' ? ', ' : ' và '}${piece}`;
        continue;
      }
      if (/\p{L}/u.test(current)) names.push(current);
      current = piece;
    }
    if (/\p{L}/u.test(current)) names.push(current);
  }
  return names;
}

/**
 * Resolves the unit names of a lead or cooperator cell against a ward's catalog. A cell may
 * name several units and groups; each known spelling (longest first) is taken at the start of a
 * segment, and whatever matches nothing is returned as written, never guessed.
 */
export function createUnitResolver(units: UnitSeed[], groups: UnitGroupSeed[]): UnitResolver {
  const entries = buildEntries(units, groups);
  const catalog = indexCatalog(entries);
  const candidates: SuggestionCandidate[] = entries.flatMap((entry) => {
    const suggestion: UnitSuggestion = entry.unitCode
      ? { kind: 'unit', key: entry.unitCode, name: entry.name, score: 0 }
      : { kind: 'group', key: entry.name, name: entry.name, score: 0 };
    return [
      { key: entry.key, suggestion },
      { key: entry.plain, suggestion },
    ];
  });
  const suggestionCache = new Map<string, UnitSuggestion[]>();

  const matchAt = (text: string, at: number): { entry: CatalogEntry; end: number } | null => {
    for (const entry of catalog.get(text[at]) ?? []) {
      if (!text.startsWith(entry.key, at)) continue;
      const end = endOfName(text, at + entry.key.length);
      if (end >= 0) return { entry, end };
    }
    return null;
  };

  const resolutionCache = new Map<string, CellResolution>();
  const copy = (resolution: CellResolution): CellResolution => ({
    unitCodes: [...resolution.unitCodes],
    groups: [...resolution.groups],
    unresolved: [...resolution.unresolved],
  });

  const resolveCell = (rawCell: string): CellResolution => {
    const cell = normalizePlanText(rawCell);
    const { folded, map } = canonicalUnitText(foldWithMap(cell));
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
  };

  return {
    // The same few cells ("Các phòng, đơn vị chuyên môn") fill most rows of every plan.
    resolve(rawCell: string): CellResolution {
      const key = typeof rawCell === 'string' ? rawCell : '';
      let resolution = resolutionCache.get(key);
      if (!resolution) {
        resolution = resolveCell(key);
        if (key.length <= 500 && resolutionCache.size < 5000) resolutionCache.set(key, resolution);
      }
      return copy(resolution);
    },

    suggest(name: string): UnitSuggestion[] {
      const key = canonicalKey(name);
      let found = suggestionCache.get(key);
      if (!found) {
        found = suggestionsFor([key, foldForMatching(normalizePlanText(name))], candidates);
        // A cell of a thousand unknown names must not keep a thousand answers.
        if (suggestionCache.size < 2000) suggestionCache.set(key, found);
      }
      return found;
    },
  };
}
