import { ApiProperty } from '@nestjs/swagger';

export class ImportCatalogUnitDto {
  @ApiProperty({ example: 'VHXH' })
  code!: string;

  @ApiProperty({ example: 'Phòng Văn hoá - Xã hội' })
  name!: string;
}

export class ImportCatalogGroupDto {
  @ApiProperty({ example: 'Các phòng chuyên môn thuộc UBND phường' })
  name!: string;

  @ApiProperty({ description: 'True when the group is every unit of the ward' })
  allUnits!: boolean;

  @ApiProperty({ type: [String], description: 'Codes of the member units (empty when allUnits)' })
  memberCodes!: string[];
}

/** What a name the ward does not know may be mapped to on the import page. */
export class ImportCatalogDto {
  @ApiProperty({ type: [ImportCatalogUnitDto] })
  units!: ImportCatalogUnitDto[];

  @ApiProperty({
    type: [ImportCatalogGroupDto],
    description: 'Groups of units; outside bodies (groups without members) are left out',
  })
  groups!: ImportCatalogGroupDto[];
}
