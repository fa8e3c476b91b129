import { Global, Module } from '@nestjs/common';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { DailyDigestJob } from './digest/daily-digest.job';
import { MailTransport } from './mail/mail-transport';
import { NotificationPublisher } from './notification-publisher';
import { DIGEST_SETTINGS, digestSettings, mailTransportFor } from './notification-settings';
import { NotificationWriter } from './notification-writer';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/**
 * What asks something of whom: notifications written with the events and alerts they are about,
 * published live to each recipient's room after the commit, the bell's API, and the units' daily
 * digests with their e-mail. Global: the task recorder and the scheduler write notifications.
 */
@Global()
@Module({
  controllers: [NotificationsController],
  providers: [
    NotificationPublisher,
    NotificationWriter,
    NotificationsService,
    { provide: DIGEST_SETTINGS, inject: [ENV], useFactory: (env: Env) => digestSettings(env) },
    { provide: MailTransport, inject: [ENV], useFactory: (env: Env) => mailTransportFor(env) },
    DailyDigestJob,
  ],
  exports: [NotificationWriter, DailyDigestJob],
})
export class NotificationsModule {}
