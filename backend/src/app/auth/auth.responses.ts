import type { CurrentUser, LoginResponse } from '@dondoc/contracts';
import { ROLES, type Role } from '@dondoc/domain';
import { ApiProperty } from '@nestjs/swagger';

export class PlaceResponse {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class CurrentUserResponse implements CurrentUser {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ type: PlaceResponse, description: 'The ward' }) ward!: PlaceResponse;
  @ApiProperty({ type: PlaceResponse, nullable: true, description: 'The unit, when the user belongs to one' })
  unit!: PlaceResponse | null;
}

/** A session's start: the refresh token is never in the body, only in the httpOnly cookie. */
export class SessionResponse implements LoginResponse {
  @ApiProperty({ description: 'The bearer access token (JWT)' }) accessToken!: string;
  @ApiProperty({ type: CurrentUserResponse }) user!: CurrentUserResponse;
}
