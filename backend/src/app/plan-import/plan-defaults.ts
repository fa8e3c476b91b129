import type { EntityManager } from 'typeorm';
import type { WardSettingsReader } from '../org/ward-settings-reader';

/** Reviewer and approver units when the ward set none, as the plans themselves name them. */
const REVIEWER_CODE = 'VHXH';
const APPROVER_CODE = 'VP';

export interface PlanDefaults {
  reviewerUnitId: string | null;
  approverUnitId: string | null;
  /** How "Trước ngày D" reads in this ward: due on D (true) or on D−1 (false). */
  beforeDateInclusive: boolean;
}

/**
 * What a new plan of the ward starts with: the ward's settings (WardSettingsReader), and where it
 * chose no reviewer or approver unit, its units coded VHXH and VP.
 */
export async function planDefaults(
  reader: WardSettingsReader,
  wardId: string,
  units: readonly { id: string; code: string }[],
  manager?: EntityManager,
): Promise<PlanDefaults> {
  const settings = await reader.of(wardId, manager);
  const idOf = (code: string) => units.find((unit) => unit.code === code)?.id ?? null;
  return {
    reviewerUnitId: settings.reviewerUnitId ?? idOf(REVIEWER_CODE),
    approverUnitId: settings.approverUnitId ?? idOf(APPROVER_CODE),
    beforeDateInclusive: settings.beforeDateInclusive,
  };
}
