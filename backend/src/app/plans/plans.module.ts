import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { BoardCards } from './board-cards';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

@Module({
  imports: [TasksModule],
  controllers: [PlansController],
  providers: [PlansService, BoardCards],
  exports: [PlansService],
})
export class PlansModule {}
