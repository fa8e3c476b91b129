import type { CreateDelegationRequest } from '@dondoc/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateDelegationDto implements CreateDelegationRequest {
  @ApiProperty({ example: 'hd.vhxh.staff', description: 'The colleague (same unit) who will act' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  toUsername: string;

  @ApiProperty({ example: '2026-07-01', description: 'First day, Vietnam date (inclusive)' })
  @Matches(ISO_DATE, { message: 'startsOn must be YYYY-MM-DD' })
  startsOn: string;

  @ApiProperty({ example: '2026-07-15', description: 'Last day, Vietnam date (inclusive)' })
  @Matches(ISO_DATE, { message: 'endsOn must be YYYY-MM-DD' })
  endsOn: string;
}
