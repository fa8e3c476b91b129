import type { Role } from '@dondoc/domain';

export interface LoginRequest {
  username: string;
  password: string;
}

export interface LoginResponse {
  accessToken: string;
  user: CurrentUser;
}

export interface CurrentUser {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  ward: { id: string; code: string; name: string };
  unit: { id: string; code: string; name: string } | null;
}
