import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ORG_ENTITIES } from './org.entities';
import { WardSettingsReader } from './ward-settings-reader';

/** Wards, their units and people, the city-level grants between them, and each ward's settings. */
@Module({
  imports: [TypeOrmModule.forFeature(ORG_ENTITIES)],
  providers: [WardSettingsReader],
  exports: [WardSettingsReader],
})
export class OrgModule {}
