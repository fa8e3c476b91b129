import { DailyDigestEntity } from './entities/daily-digest.entity';
import { NotificationEntity } from './entities/notification.entity';
import { TaskAlertEntity } from './reminders/task-alert.entity';

export const NOTIFICATION_ENTITIES = [NotificationEntity, DailyDigestEntity, TaskAlertEntity];
