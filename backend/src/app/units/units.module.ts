import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { UnitsController } from './units.controller';
import { UnitsService } from './units.service';

@Module({
  imports: [TasksModule],
  controllers: [UnitsController],
  providers: [UnitsService],
})
export class UnitsModule {}
