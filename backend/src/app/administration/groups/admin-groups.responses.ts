import type { AdminUnitGroupDto } from '@dondoc/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class AdminUnitGroupResponse implements AdminUnitGroupDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String] }) aliases!: string[];
  @ApiProperty({
    oneOf: [
      { type: 'string', enum: ['all'] },
      { type: 'array', items: { type: 'string' } },
    ],
    description:
      "'all' (every active unit of the ward), or the member units' ids (none: a body outside the ward)",
  })
  members!: 'all' | string[];
}
