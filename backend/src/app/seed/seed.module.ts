import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PlanImportModule } from '../plan-import/plan-import.module';
import { TasksModule } from '../tasks/tasks.module';
import { DemoHistory } from './demo-history';
import { DemoSeeder } from './demo-seeder';
import { FirstAdmin } from './first-admin';

@Module({
  imports: [AuthModule, TasksModule, PlanImportModule],
  providers: [DemoSeeder, DemoHistory, FirstAdmin],
  exports: [DemoSeeder, FirstAdmin],
})
export class SeedModule {}
