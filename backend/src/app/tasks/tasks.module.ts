import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CollaborationModule } from '../collaboration/collaboration.module';
import { DelegationsModule } from '../delegations/delegations.module';
import { DeliverablesModule } from '../deliverables/deliverables.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutboxModule } from '../outbox/outbox.module';
import { TaskModelModule } from '../task-model/task-model.module';
import { ConsultationDeadlinesJob } from './consultations/consultation-deadlines.job';
import { HandPlansController } from './hand-plans/hand-plans.controller';
import { HandPlans } from './hand-plans/hand-plans.service';
import { HandTasks } from './hand-plans/hand-tasks.service';
import { TaskAdminService } from './task-admin.service';
import { TaskChangeRecorder } from './task-change-recorder';
import { TaskCommentsController } from './task-comments.controller';
import { TaskCommentsService } from './task-comments.service';
import { TaskDetailService } from './task-detail.service';
import { TaskTransitionService } from './task-transition.service';
import { TasksController } from './tasks.controller';

/**
 * The engine: every change of a task goes through here — moves decided by the workflows,
 * comments, administrative corrections and the consultation deadlines the scheduler finds —
 * written with its event, chain link, live message and notifications in one transaction.
 */
@Module({
  imports: [
    TaskModelModule,
    AuditModule,
    CollaborationModule,
    DelegationsModule,
    DeliverablesModule,
    NotificationsModule,
    OutboxModule,
  ],
  controllers: [TasksController, TaskCommentsController, HandPlansController],
  providers: [
    TaskChangeRecorder,
    TaskTransitionService,
    TaskAdminService,
    TaskDetailService,
    TaskCommentsService,
    ConsultationDeadlinesJob,
    HandPlans,
    HandTasks,
  ],
  exports: [TaskTransitionService, TaskChangeRecorder],
})
export class TasksModule {}
