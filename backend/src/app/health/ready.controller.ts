import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { ApiNoCredentials } from '../http/openapi-document';
import { Public } from '../http/public.decorator';
import type { RedisClient } from '../redis/redis-connection';
import { REDIS_CLIENT } from '../redis/redis.module';
import { ReadinessResponse } from './health.responses';
import { checkReadiness, type ReadinessDto } from './readiness';

/** Readiness for load balancers: unlike /api/health, it also answers 503 when Redis is configured but down. */
@ApiTags('health')
@Controller('ready')
export class ReadyController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient | null,
  ) {}

  @Public()
  @Get()
  @ApiNoCredentials()
  @ApiOperation({
    summary: 'Whether this process can serve: its database answers, and Redis when configured',
  })
  @ApiOkResponse({ type: ReadinessResponse, description: 'Ready' })
  @ApiResponse({
    status: 503,
    type: ReadinessResponse,
    description: 'A dependency is down; `failed` names it',
  })
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessDto> {
    const redis = this.redis;
    const readiness = await checkReadiness({
      database: () => this.dataSource.query('SELECT 1'),
      // While reconnecting, a PING would only wait in the offline queue.
      redis: redis && (() => (redis.isReady ? redis.ping() : Promise.reject(new Error('reconnecting')))),
    });
    response.status(readiness.status === 'ready' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    response.setHeader('cache-control', 'no-store');
    return readiness;
  }
}
