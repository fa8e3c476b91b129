import { Module } from '@nestjs/common';
import { DelegationsModule } from '../delegations/delegations.module';
import { CardReader } from './card-reader';
import { PlanFeed } from './plan-feed';
import { TaskAdminService } from './task-admin.service';
import { TaskChangeRecorder } from './task-change-recorder';
import { TaskDetailService } from './task-detail.service';
import { TaskTransitionService } from './task-transition.service';
import { TasksController } from './tasks.controller';

@Module({
  imports: [DelegationsModule],
  controllers: [TasksController],
  providers: [
    CardReader,
    PlanFeed,
    TaskChangeRecorder,
    TaskTransitionService,
    TaskAdminService,
    TaskDetailService,
  ],
  exports: [CardReader, PlanFeed, TaskChangeRecorder, TaskTransitionService],
})
export class TasksModule {}
