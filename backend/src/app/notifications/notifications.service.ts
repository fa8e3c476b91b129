import type { DigestDto, NotificationDto, NotificationListDto, ReadAllResponse } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { countRows } from '../database/count-rows';
import { UnitOfWork } from '../database/unit-of-work';
import { DailyDigestEntity } from './entities/daily-digest.entity';
import { NotificationEntity } from './entities/notification.entity';
import { toDigestDto, toNotificationDto } from './notification.mapper';

export const DEFAULT_LIST_LIMIT = 30;
/** Two working weeks of digests. */
export const DIGESTS_SHOWN = 14;

/** The bell's side of notifications: a user reads and marks their own, and only their own. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, query: { unread?: boolean; limit?: number }): Promise<NotificationListDto> {
    const manager = this.dataSource.manager;
    const [rows, unreadCount] = await Promise.all([
      manager.find(NotificationEntity, {
        where: { recipientId: user.id, ...(query.unread ? { readAt: IsNull() } : {}) },
        order: { createdAt: 'DESC', id: 'ASC' },
        take: query.limit ?? DEFAULT_LIST_LIMIT,
      }),
      countRows(
        manager
          .createQueryBuilder(NotificationEntity, 'notification')
          .where('notification.recipient_id = :recipientId AND notification.read_at IS NULL', {
            recipientId: user.id,
          }),
      ),
    ]);
    return { items: rows.map(toNotificationDto), unreadCount };
  }

  /** Marks one of the caller's notifications read; reading it again keeps the first time. */
  markRead(user: AuthUser, id: string): Promise<NotificationDto> {
    return this.unitOfWork.run(async (manager) => {
      await manager.update(
        NotificationEntity,
        { id, recipientId: user.id, readAt: IsNull() },
        { readAt: this.clock.now().toISOString() },
      );
      const row = await manager.findOneBy(NotificationEntity, { id, recipientId: user.id });
      if (!row) throw notFound('thông báo');
      return toNotificationDto(row);
    });
  }

  async markAllRead(user: AuthUser): Promise<ReadAllResponse> {
    const result = await this.unitOfWork.run((manager) =>
      manager.update(
        NotificationEntity,
        { recipientId: user.id, readAt: IsNull() },
        { readAt: this.clock.now().toISOString() },
      ),
    );
    return { updated: result.affected ?? 0 };
  }

  /** The daily digests of the caller's unit, newest first; none for a user without a unit. */
  async digests(user: AuthUser): Promise<DigestDto[]> {
    if (!user.unitId) return [];
    const rows = await this.dataSource.manager.find(DailyDigestEntity, {
      where: { unitId: user.unitId, wardId: user.wardId },
      order: { digestDate: 'DESC' },
      take: DIGESTS_SHOWN,
    });
    return rows.map(toDigestDto);
  }
}
