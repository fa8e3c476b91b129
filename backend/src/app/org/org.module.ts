import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ORG_ENTITIES } from './org.entities';

/** Wards, their units and people, and the city-level grants between them. */
@Module({ imports: [TypeOrmModule.forFeature(ORG_ENTITIES)] })
export class OrgModule {}
