import { Global, Module } from '@nestjs/common';
import { PlanAmender } from '../../plan-import/plan-amender';
import { PlanImportModule } from '../../plan-import/plan-import.module';
import { TasksModule } from '../tasks.module';
import { PlanAmendmentService } from './plan-amendment.service';

/**
 * Provides the import's PlanAmender from the engine's floor: the import asks for a revision to be
 * applied without importing the engine, and the engine applies it with its own recorder and moves.
 */
@Global()
@Module({
  imports: [TasksModule, PlanImportModule],
  providers: [PlanAmendmentService, { provide: PlanAmender, useExisting: PlanAmendmentService }],
  exports: [PlanAmender],
})
export class PlanAmendmentsModule {}
