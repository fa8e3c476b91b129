import type { ParseWarning } from '@dondoc/plan-parser';
import { Body, Controller, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ImportQueryDto } from './dto/import-query.dto';
import { PlanTextImporter } from './plan-text-importer';

export interface ImportAnswer {
  planId: string | null;
  taskCount: number;
  sectionCount: number;
  warnings: ParseWarning[];
}

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans/import')
export class PlanImportController {
  constructor(private readonly importer: PlanTextImporter) {}

  @Post()
  @ApiOperation({
    summary: 'Import a plan from the text of its task table (admin); dryRun=true only previews',
  })
  @ApiConsumes('text/plain')
  @ApiBody({ schema: { type: 'string' } })
  @ApiResponse({ status: 201, description: 'Created (or previewed), with the parser’s warnings' })
  @ApiResponse({ status: 413, description: 'Larger than the import limit' })
  @ApiResponse({ status: 400, description: 'No task could be read; the details say why; nothing was saved' })
  import(
    @Body() text: unknown,
    @Query() query: ImportQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ImportAnswer> {
    return this.importer.import(user, typeof text === 'string' ? text : '', query);
  }
}
