import type { TransitionRequest } from '@dondoc/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';

export class TransitionDto implements TransitionRequest {
  @ApiProperty({
    example: 'SUBMIT',
    description: 'Workflow event, e.g. SUBMIT, REVIEW, APPROVE, RETURN, CANCEL',
  })
  @IsString()
  @Matches(/^[A-Z][A-Z_]{1,47}$/, { message: 'event must be an upper-case workflow event name' })
  event: string;

  @ApiProperty({ example: 1, description: 'The task version the client saw' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @ApiPropertyOptional({ example: 'Đã hoàn thiện dự thảo' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string;

  @ApiPropertyOptional({ example: { deliverableRef: 'KH-01.pdf' } })
  @IsOptional()
  @IsObject()
  payload?: Record<string, unknown>;

  @ApiPropertyOptional({
    description: 'A stand-in acting for whoever delegated to them (ủy quyền): that user’s id',
  })
  @IsOptional()
  @IsUUID()
  onBehalfOf?: string;
}
