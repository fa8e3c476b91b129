import type { Role } from '@dondoc/domain';

/** A unit (đơn vị) of a ward, with every spelling the real plans use for it. */
export interface UnitSeed {
  code: string;
  name: string;
  aliases: string[];
}

/**
 * A phrase that names several units at once ("Các phòng, đơn vị chuyên môn"). `'all'` means every
 * unit of the ward; the consumer decides whether leadership (UBND) and outside bodies take part.
 */
export interface UnitGroupSeed {
  name: string;
  aliases: string[];
  members: 'all' | string[];
}

export interface PlanSeed {
  file: string;
  /** '158/KH-UBND', or '' when the document was issued without a number. */
  symbol: string;
  /** ISO date, or null when the document leaves the day blank. */
  issuedOn: string | null;
  issuer: string;
  title: string;
  legalBasis: string[];
  year: number;
  reviewerUnitCode: string;
  approverUnitCode: string;
}

export interface WardSeed {
  code: string;
  name: string;
  province: string;
  units: UnitSeed[];
  groups: UnitGroupSeed[];
  plans: PlanSeed[];
}

export interface DemoUserSeed {
  username: string;
  fullName: string;
  wardCode: string;
  unitCode: string;
  roles: Role[];
}

/** A leader seated in one ward who also watches the leadership boards of the wards granted to them. */
export interface DemoCityLeaderSeed extends DemoUserSeed {
  grantedWardCodes: string[];
}
