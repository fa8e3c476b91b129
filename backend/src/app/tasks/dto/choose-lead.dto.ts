import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsUUID, Min } from 'class-validator';

export class ChooseLeadDto {
  @ApiProperty({ description: 'One of the units the plan named as leads' })
  @IsUUID()
  unitId: string;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
