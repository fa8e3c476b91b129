import type { OpenRoundRequest, PeriodBasis, RoundCommandRequest } from '@dondoc/contracts';
import { ROUND_EVENT_TYPES, type RoundEventType } from '@dondoc/workflows';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';

export class OpenRoundDto implements OpenRoundRequest {
  @ApiProperty({ format: 'uuid', description: 'The plan the round reports on' })
  @IsUUID()
  planId: string;

  @ApiProperty({ example: '2026-Q1', description: "The period: '2026-M03', '2026-Q1', '2026-H1', '2026-Y'" })
  @IsString()
  @MaxLength(16)
  periodKey: string;

  @ApiPropertyOptional({ enum: ['nd09', 'calendar'], default: 'nd09' })
  @IsOptional()
  @IsIn(['nd09', 'calendar'])
  basis?: PeriodBasis;

  @ApiProperty({ example: '2026-03-10', description: 'Day every part should be in by (Vietnam date)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'sendBy must be YYYY-MM-DD' })
  sendBy: string;
}

export class RoundCommandDto implements RoundCommandRequest {
  @ApiProperty({ enum: ROUND_EVENT_TYPES })
  @IsIn(ROUND_EVENT_TYPES as unknown as string[])
  type: RoundEventType;

  @ApiPropertyOptional({ format: 'uuid', description: 'The unit whose part a part event moves' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'SAVE_PART/SUBMIT_PART: { results: [{ taskId, result }] } (the server sets each result’s fileRefs from the files attached); RETURN_PART/CANCEL_ROUND: { reason }; COMPILE/EDIT_COMPILED: { text } (COMPILE drafts one when absent)',
  })
  @IsOptional()
  @IsObject()
  payload?: Record<string, unknown>;

  @ApiPropertyOptional({ minimum: 1, description: 'The round version the caller saw' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
