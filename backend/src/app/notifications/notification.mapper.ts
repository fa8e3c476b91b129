import type { DigestDto, NotificationDto } from '@dondoc/contracts';
import type { DailyDigestEntity } from './entities/daily-digest.entity';
import type { NotificationEntity } from './entities/notification.entity';

export function toNotificationDto(row: NotificationEntity): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    params: row.params,
    title: row.title,
    taskId: row.taskId,
    planId: row.planId,
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}

export function toDigestDto(row: DailyDigestEntity): DigestDto {
  return {
    id: row.id,
    unitId: row.unitId,
    date: row.digestDate,
    sections: row.body,
    createdAt: row.createdAt,
    mailedAt: row.mailedAt,
  };
}
