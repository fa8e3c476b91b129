import type { HealthDto } from '@dondoc/contracts';
import { ApiProperty } from '@nestjs/swagger';
import type { DependencyState, ReadinessDto } from './readiness';

export class HealthResponse implements HealthDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ enum: ['sqlite', 'postgres'] }) database!: 'sqlite' | 'postgres';
  @ApiProperty({ example: '0.1.0' }) version!: string;
}

const DEPENDENCY_STATES: DependencyState[] = ['up', 'down', 'not_configured'];

export class ReadinessResponse implements ReadinessDto {
  @ApiProperty({ enum: ['ready', 'not_ready'] }) status!: 'ready' | 'not_ready';
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: DEPENDENCY_STATES },
    example: { database: 'up', redis: 'not_configured' },
  })
  checks!: Record<string, DependencyState>;
  @ApiProperty({ type: [String], description: 'The dependencies that are down, by name' }) failed!: string[];
}
