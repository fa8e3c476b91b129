import type { NamePlanDto, NameUseDto } from '@dondoc/contracts';
import { folded } from '../people/people-rows';

/** A task's cells that name units, with its plan. */
export interface NamingCells {
  planId: string;
  leadText: string;
  cooperatorText: string;
}

/**
 * Text as the plan reader compares it: no accents, lower case, every run of anything but letters
 * and digits one space, padded, so " phong vhxh " is found as a whole phrase and "VP" is not found
 * inside "TVPC".
 */
function phrase(text: string): string {
  return ` ${folded(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * The plans each name was met in, in the order of `plans` (newest first, say): a name is met in a
 * plan when a task's lead or cooperator cell holds it as a whole phrase, whatever the accents,
 * case or punctuation around it.
 */
export function plansMeeting(
  names: readonly string[],
  cells: readonly NamingCells[],
  plans: readonly NamePlanDto[],
): NameUseDto[] {
  const textOfPlan = new Map<string, string>();
  for (const cell of cells) {
    const text = `${phrase(cell.leadText)}|${phrase(cell.cooperatorText)}`;
    textOfPlan.set(cell.planId, `${textOfPlan.get(cell.planId) ?? ''}|${text}`);
  }
  return names.map((name) => {
    const wanted = phrase(name);
    if (wanted.trim() === '') return { name, plans: [] };
    return { name, plans: plans.filter((plan) => textOfPlan.get(plan.id)?.includes(wanted) ?? false) };
  });
}
