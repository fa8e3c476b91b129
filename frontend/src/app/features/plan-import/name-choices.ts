import type { ImportCatalog, NameChoice, PreviewRow, RowProblem, UnitSuggestion } from './plan-import.types';

/** What the person picked for one unknown name; nothing is picked until they pick it. */
export interface ChoiceDraft {
  kind: '' | 'unit' | 'group' | 'outside';
  unitCode: string;
  groupName: string;
  saveAsAlias: boolean;
}

export const EMPTY_CHOICE: ChoiceDraft = { kind: '', unitCode: '', groupName: '', saveAsAlias: false };

export function isComplete(draft: ChoiceDraft | undefined): boolean {
  if (!draft) return false;
  if (draft.kind === 'unit') return draft.unitCode !== '';
  if (draft.kind === 'group') return draft.groupName !== '';
  return draft.kind === 'outside';
}

/** A suggestion the person accepted, as a choice (the suggestion itself never applies). */
export function choiceOfSuggestion(suggestion: UnitSuggestion, saveAsAlias: boolean): ChoiceDraft {
  return suggestion.kind === 'unit'
    ? { kind: 'unit', unitCode: suggestion.key, groupName: '', saveAsAlias }
    : { kind: 'group', unitCode: '', groupName: suggestion.key, saveAsAlias };
}

/** The complete choices, as the import takes them; a group is sent as its members. */
export function choicesToSend(
  drafts: Readonly<Record<string, ChoiceDraft>>,
  catalog: ImportCatalog | null,
  names: readonly string[],
): NameChoice[] {
  return names.flatMap((name): NameChoice[] => {
    const draft = drafts[name];
    if (!isComplete(draft)) return [];
    const { saveAsAlias } = draft;
    if (draft.kind === 'unit')
      return [{ name, choice: { kind: 'unit', unitCode: draft.unitCode }, saveAsAlias }];
    if (draft.kind === 'outside') return [{ name, choice: { kind: 'outside' }, saveAsAlias }];
    const group = catalog?.groups.find((candidate) => candidate.name === draft.groupName);
    if (!group || (!group.allUnits && group.memberCodes.length === 0)) return [];
    const members = group.allUnits ? ('all' as const) : [...group.memberCodes];
    return [{ name, choice: { kind: 'group', members }, saveAsAlias }];
  });
}

/**
 * True when the person's choices settle a problem: an unknown name they mapped, or the missing
 * lead of a row whose lead cell names it as a unit or a group (an outside body leads nothing).
 */
export function isSettled(
  problem: RowProblem,
  row: PreviewRow,
  drafts: Readonly<Record<string, ChoiceDraft>>,
): boolean {
  const chosen = (name: string | undefined) => (name ? drafts[name] : undefined);
  if (problem.code === 'unresolved_unit') return isComplete(chosen(problem.subject));
  if (problem.code !== 'no_lead') return false;
  return row.problems.some((other) => {
    const draft = chosen(other.subject);
    return (
      other.code === 'unresolved_unit' &&
      other.field === 'lead' &&
      isComplete(draft) &&
      draft?.kind !== 'outside'
    );
  });
}

/** Problems that still stop the import: no lead, or a name nobody has chosen for yet. */
export function openBlockers(row: PreviewRow, drafts: Readonly<Record<string, ChoiceDraft>>): number {
  return row.problems.filter(
    (problem) =>
      (problem.code === 'no_lead' || problem.code === 'unresolved_unit') && !isSettled(problem, row, drafts),
  ).length;
}
