import { type AdminUnitDto, UNIT_KINDS, type UnitKind } from '@dondoc/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class AdminUnitResponse implements AdminUnitDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'VHXH' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: UNIT_KINDS, nullable: true, description: 'Null until the admin says' })
  kind!: UnitKind | null;
  @ApiProperty({ type: [String], description: 'Other spellings the plan reader recognises' })
  aliases!: string[];
  @ApiProperty() active!: boolean;
}
