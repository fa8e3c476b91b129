import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { UnitAsks } from '../org/unit-asks';
import { SchedulerModule } from '../scheduler/scheduler.module';
import { TaskModelModule } from '../task-model/task-model.module';
import { DailyDigestJob } from './digest/daily-digest.job';
import { MailTransport } from './mail/mail-transport';
import { NotificationPublisher } from './notification-publisher';
import { DIGEST_SETTINGS, digestSettings, mailTransportFor } from './notification-settings';
import { NotificationWriter } from './notification-writer';
import { NotificationsController } from './notifications.controller';
import { NOTIFICATION_ENTITIES } from './notifications.entities';
import { NotificationsService } from './notifications.service';
import { AlertSummaries } from './reminders/alert-summaries';
import { TaskAlertsJob } from './reminders/task-alerts.job';

/**
 * What asks something of whom: notifications written with the events and alerts they are about,
 * published live to each recipient's room after the commit, the bell's API, and the units' daily
 * digests with their e-mail, and the reminders of due and overdue tasks. Global: the task recorder and the scheduler write notifications, and
 * other contexts ask units through the kernel's UnitAsks port, which the writer provides.
 */
@Global()
@Module({
  imports: [TaskModelModule, SchedulerModule, TypeOrmModule.forFeature(NOTIFICATION_ENTITIES)],
  controllers: [NotificationsController],
  providers: [
    NotificationPublisher,
    NotificationWriter,
    { provide: UnitAsks, useExisting: NotificationWriter },
    NotificationsService,
    { provide: DIGEST_SETTINGS, inject: [ENV], useFactory: (env: Env) => digestSettings(env) },
    { provide: MailTransport, inject: [ENV], useFactory: (env: Env) => mailTransportFor(env) },
    DailyDigestJob,
    AlertSummaries,
    TaskAlertsJob,
  ],
  exports: [NotificationWriter, UnitAsks],
})
export class NotificationsModule {}
