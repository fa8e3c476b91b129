import { Module } from '@nestjs/common';
import { CardReader } from './card-reader';
import { PlanFeed } from './plan-feed';
import { TaskDetailService } from './task-detail.service';
import { TaskTransitionService } from './task-transition.service';
import { TasksController } from './tasks.controller';

@Module({
  controllers: [TasksController],
  providers: [CardReader, PlanFeed, TaskTransitionService, TaskDetailService],
  exports: [CardReader, PlanFeed, TaskTransitionService],
})
export class TasksModule {}
