import { Module } from '@nestjs/common';
import { PlanImportController } from './plan-import.controller';
import { PlanImportService } from './plan-import.service';
import { PlanTextImporter } from './plan-text-importer';

@Module({
  controllers: [PlanImportController],
  providers: [PlanImportService, PlanTextImporter],
  exports: [PlanImportService],
})
export class PlanImportModule {}
