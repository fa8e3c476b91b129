import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ImportCatalogDto } from './dto/import-catalog.dto';
import { requireImporter } from './import-access';
import { loadWardCatalog } from './ward-catalog';

/**
 * The ward's units and groups as the import page offers them for a name it does not know. The
 * admin lists are for admins only; a Văn phòng clerk who imports needs the same choices.
 */
@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans/import/catalog')
export class ImportCatalogController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({
    summary: 'Units and groups an unknown name of a plan may be mapped to (admin or Văn phòng)',
  })
  @ApiOkResponse({ type: ImportCatalogDto })
  @ApiForbiddenResponse({ description: 'Neither an admin nor a person of Văn phòng' })
  async catalog(@CurrentUser() user: AuthUser): Promise<ImportCatalogDto> {
    await requireImporter(this.dataSource.manager, user);
    const catalog = await loadWardCatalog(this.dataSource.manager, user.wardId);
    return {
      units: catalog.units
        .filter((unit) => unit.deactivatedAt === null)
        .map((unit) => ({ code: unit.code, name: unit.name })),
      groups: catalog.groupSeeds
        .filter((group) => group.members === 'all' || group.members.length > 0)
        .map((group) => ({
          name: group.name,
          allUnits: group.members === 'all',
          memberCodes: group.members === 'all' ? [] : [...group.members],
        })),
    };
  }
}
