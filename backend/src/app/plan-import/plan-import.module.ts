import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module';
import { PlanGridImporter } from './plan-grid-importer';
import { PlanImportController } from './plan-import.controller';
import { PlanImportService } from './plan-import.service';
import { PlanPreviewer } from './plan-previewer';
import { PlanSourceStore } from './plan-source-store';
import { PlanTextImporter } from './plan-text-importer';

@Module({
  imports: [OrgModule],
  controllers: [PlanImportController],
  providers: [PlanImportService, PlanTextImporter, PlanPreviewer, PlanGridImporter, PlanSourceStore],
  exports: [PlanImportService],
})
export class PlanImportModule {}
