import type { HealthDto } from '@dondoc/contracts';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { databaseKind } from '../database/data-source-options';
import { ApiNoCredentials } from '../http/openapi-document';
import { Public } from '../http/public.decorator';
import { HealthResponse } from './health.responses';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Public()
  @Get()
  @ApiNoCredentials()
  @ApiOperation({ summary: 'Liveness, with the database this process uses' })
  @ApiOkResponse({ type: HealthResponse })
  async health(): Promise<HealthDto> {
    await this.dataSource.query('SELECT 1');
    return {
      status: 'ok',
      database: databaseKind(this.env),
      version: process.env['npm_package_version'] ?? '0.1.0',
    };
  }
}
