import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PlanImportService } from '../plan-import/plan-import.service';
import { TasksModule } from '../tasks/tasks.module';
import { DemoHistory } from './demo-history';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [AuthModule, TasksModule],
  providers: [DemoSeeder, DemoHistory, PlanImportService],
  exports: [DemoSeeder],
})
export class SeedModule {}
