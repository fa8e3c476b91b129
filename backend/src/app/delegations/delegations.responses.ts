import type { DelegationDto, DelegationPersonDto, MyDelegationsDto } from '@dondoc/contracts';
import { ROLES, type Role } from '@dondoc/domain';
import { ApiProperty } from '@nestjs/swagger';

export class DelegationPersonResponse implements DelegationPersonDto {
  @ApiProperty() id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: String, nullable: true }) unitId!: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
}

export class DelegationResponse implements DelegationDto {
  @ApiProperty() id!: string;
  @ApiProperty({ type: DelegationPersonResponse }) from!: DelegationPersonResponse;
  @ApiProperty({ type: DelegationPersonResponse }) to!: DelegationPersonResponse;
  @ApiProperty({ format: 'date', description: 'Inclusive, Vietnam date' }) startsOn!: string;
  @ApiProperty({ format: 'date', description: 'Inclusive, Vietnam date' }) endsOn!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) revokedAt!: string | null;
  @ApiProperty({ description: 'In force today' }) active!: boolean;
}

export class MyDelegationsResponse implements MyDelegationsDto {
  @ApiProperty({ type: [DelegationResponse], description: 'Delegations the caller gave' })
  given!: DelegationResponse[];
  @ApiProperty({ type: [DelegationResponse], description: 'Delegations the caller holds' })
  received!: DelegationResponse[];
}
