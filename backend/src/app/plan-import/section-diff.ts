import type { ParsedSection } from '@dondoc/plan-parser';

export interface SectionTitle {
  key: string;
  title: string;
}

export interface RenamedSection {
  key: string;
  before: string;
  after: string;
}

/** What a revised plan changes in the sections (I, II, … VII, 7.1) of the plan in the system. */
export interface SectionDiff {
  /** Sections the plan does not have yet, in the revision's order. */
  added: SectionTitle[];
  /** Sections the revision heads with another title. */
  renamed: RenamedSection[];
}

/**
 * Sections are matched by their key, as tasks name them. A section the revision no longer heads
 * stays: its tasks, cancelled or not, keep pointing at it, and their history reads under its
 * title. A heading the revision gives without a title ("II" alone in the number column) never
 * blanks a title the plan has.
 */
export function diffSections(
  standing: readonly SectionTitle[],
  incoming: readonly Pick<ParsedSection, 'key' | 'title'>[],
): SectionDiff {
  const titleOf = new Map(standing.map((section) => [section.key, section.title]));
  const diff: SectionDiff = { added: [], renamed: [] };
  const seen = new Set<string>();
  for (const { key, title } of incoming) {
    if (seen.has(key)) continue;
    seen.add(key);
    const before = titleOf.get(key);
    const after = normalized(title);
    if (before === undefined) diff.added.push({ key, title: after });
    else if (after !== '' && after !== normalized(before)) diff.renamed.push({ key, before, after });
  }
  return diff;
}

export function hasSectionChanges(diff: SectionDiff): boolean {
  return diff.added.length > 0 || diff.renamed.length > 0;
}

function normalized(title: string): string {
  return title.normalize('NFC').replace(/\s+/g, ' ').trim();
}
