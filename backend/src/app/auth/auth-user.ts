import type { Role } from '@dondoc/domain';

/** Who is calling, as carried by the access token: enough to decide without a database read. */
export interface AuthUser {
  id: string;
  username: string;
  fullName: string;
  wardId: string;
  unitId: string | null;
  roles: Role[];
}
