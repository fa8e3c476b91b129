import type { UnitKind } from '@dondoc/contracts';
import { DEMO_WARDS, type WardSeed } from '@dondoc/seed-data';

/** A unit of the template, with the kind of body it is. */
export interface TemplateUnit {
  code: string;
  name: string;
  aliases: string[];
  kind: UnitKind;
}

export interface TemplateGroup {
  name: string;
  aliases: string[];
  /** 'all', or member unit codes. */
  members: 'all' | string[];
}

export interface WardTemplate {
  units: TemplateUnit[];
  groups: TemplateGroup[];
  /** Reviewer and approver units of new plans, by code. */
  reviewerUnitCode: string;
  approverUnitCode: string;
}

const KIND_OF_CODE: Record<string, UnitKind> = {
  UBND: 'leadership',
  VP: 'office',
  PVHCC: 'public_service',
  DVSNC: 'public_service',
  DVTH: 'public_service',
  CA: 'outside',
  QS: 'outside',
  MTTQ: 'outside',
};

/**
 * The usual units and groups of a ward, taken from the demo ward whose catalog is the plainest
 * (Nhị Chiểu: the common units and groups, no wording of one plan only). A new ward starts from a
 * copy and its admin edits it from there.
 */
export function wardTemplate(): WardTemplate {
  const source = templateSource();
  return {
    units: source.units.map((unit) => ({
      code: unit.code,
      name: unit.name,
      aliases: [...unit.aliases],
      kind: KIND_OF_CODE[unit.code] ?? 'specialist',
    })),
    groups: source.groups.map((group) => ({
      name: group.name,
      aliases: [...group.aliases],
      members: group.members === 'all' ? 'all' : [...group.members],
    })),
    reviewerUnitCode: source.plans[0]?.reviewerUnitCode ?? 'VHXH',
    approverUnitCode: source.plans[0]?.approverUnitCode ?? 'VP',
  };
}

function templateSource(): WardSeed {
  // Found by code, so a reordering of the demo wards changes nothing.
  const ward = DEMO_WARDS.find((seed) => seed.code === 'NC');
  if (!ward) throw new Error('the demo ward NC (Nhị Chiểu) is missing from @dondoc/seed-data');
  return ward;
}
