import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { OrgModule } from '../org/org.module';
import { ImportCatalogController } from './import-catalog.controller';
import { PlanGridImporter } from './plan-grid-importer';
import { PlanImportController } from './plan-import.controller';
import { PLAN_IMPORT_ENTITIES } from './plan-import.entities';
import { PlanImportService } from './plan-import.service';
import { PlanPreviewer } from './plan-previewer';
import { PlanSourceStore } from './plan-source-store';
import { PlanTextImporter } from './plan-text-importer';

@Module({
  imports: [TypeOrmModule.forFeature(PLAN_IMPORT_ENTITIES), OrgModule, CalendarModule],
  controllers: [PlanImportController, ImportCatalogController],
  providers: [PlanImportService, PlanTextImporter, PlanPreviewer, PlanGridImporter, PlanSourceStore],
  exports: [PlanImportService],
})
export class PlanImportModule {}
