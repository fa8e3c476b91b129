import type { Role } from '@dondoc/domain';

/**
 * City-level administration (/quan-tri, for a city-level admin): the wards within their reach (their
 * own office and the wards granted to them), a new ward from the template with its first admin, and
 * which of their own people may watch which of those wards (ward grants).
 */

export interface CityWardDto {
  id: string;
  code: string;
  name: string;
  province: string;
  /** The caller's own ward (the city's office): always theirs, never granted. */
  home: boolean;
}

export interface CreateWardRequest {
  code: string;
  name: string;
  province?: string;
  adminUsername: string;
  adminFullName?: string;
}

export interface CreatedWardDto {
  ward: CityWardDto;
  adminUsername: string;
  /** Shown once; the ward's first admin must change it at first sign-in. */
  oneTimePassword: string;
}

/** A person of the caller's own ward and the wards of the caller's reach granted to them. */
export interface CityPersonDto {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  active: boolean;
  wardIds: string[];
}

export interface CityGrantDto {
  userId: string;
  wardId: string;
  granted: boolean;
}

export const CITY_API = {
  wards: '/api/city/wards',
  people: '/api/city/people',
  grant: (userId: string, wardId: string) =>
    `/api/city/grants/${encodeURIComponent(userId)}/${encodeURIComponent(wardId)}`,
} as const;
