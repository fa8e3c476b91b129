import type {
  AdminUserDto,
  CreatedUserDto,
  OneTimePasswordDto,
  PeopleImportPreviewDto,
  PeopleImportResultDto,
  PeopleImportRowDto,
} from '@dondoc/contracts';
import { ROLES, type Role } from '@dondoc/domain';
import { ApiProperty } from '@nestjs/swagger';

export class AdminUserResponse implements AdminUserDto {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) unitId!: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'Signs in with a one-time password that must be changed first' })
  mustChangePassword!: boolean;
}

/** A password the server made up: shown once, in this answer, never stored in clear. */
export class OneTimePasswordResponse implements OneTimePasswordDto {
  @ApiProperty() username!: string;
  @ApiProperty() oneTimePassword!: string;
}

export class CreatedUserResponse implements CreatedUserDto {
  @ApiProperty({ type: AdminUserResponse }) user!: AdminUserResponse;
  @ApiProperty({ description: 'Shown once, in this answer' }) oneTimePassword!: string;
}

export class PeopleImportRowResponse implements PeopleImportRowDto {
  @ApiProperty({ description: 'The row number in the sheet (1 is the header row)' }) row!: number;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() unitCode!: string;
  @ApiProperty({ type: [String] }) roles!: string[];
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: [String], description: 'Empty when the row can be created' }) problems!: string[];
}

export class PeopleImportPreviewResponse implements PeopleImportPreviewDto {
  @ApiProperty({ type: [PeopleImportRowResponse] }) rows!: PeopleImportRowResponse[];
  @ApiProperty({ description: 'Rows with problems; nothing is created while above zero' })
  brokenRows!: number;
}

export class PeopleImportResultResponse implements PeopleImportResultDto {
  @ApiProperty({ type: [OneTimePasswordResponse] }) created!: OneTimePasswordResponse[];
}
