import type { NotificationParams, SummaryKind } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { leanStatements } from '../../database/lean-statements';
import { slices } from '../../task-model/slices';
import { NotificationEntity } from '../entities/notification.entity';
import { NotificationPublisher } from '../notification-publisher';
import { notificationRow, notificationSlices, vietnameseTitle } from '../notification-row';
import { type NoticeGroup, noticeGroupKey } from './alert-grouping';
import { TASK_ALERT_KINDS, type TaskAlertKind } from './task-alert.entity';

const SUMMARY_KIND: Readonly<Record<TaskAlertKind, SummaryKind>> = {
  due_soon: 'due_soon_summary',
  overdue: 'overdue_summary',
  escalated_unit_head: 'escalated_unit_head_summary',
  escalated_leadership: 'escalated_leadership_summary',
};

/** A batch's part of one summary: how many of its alerts the group's person is told of in it. */
export interface SummaryShare extends NoticeGroup {
  wardId: string;
  count: number;
  /** The summary's params but its count: the plan's title, the unit, the days late. */
  params: Omit<NotificationParams, 'count'>;
}

/** One summary per person, alert kind, plan and day (Vietnam time): the notification's source. */
export function summarySourceKey(kind: TaskAlertKind, planId: string, today: string): string {
  return `alerts:${kind}:${planId}:${today}`;
}

/**
 * Today's summaries of the reminders: one notification per person, kind and plan that counts the
 * tasks it stands for. Every batch of a run adds its share to the count inside its own
 * transaction, so a run cut short leaves a count that matches the alerts it committed, and the run
 * that resumes it (or a later one the same day) adds to the same notification rather than telling
 * the person again. Each is published once per run, after the run's last batch.
 */
@Injectable()
export class AlertSummaries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: NotificationPublisher,
  ) {}

  /** The groups (noticeGroupKey) of these people in the plan that have today's summary already. */
  async madeToday(
    manager: EntityManager,
    planId: string,
    recipientIds: readonly string[],
    today: string,
  ): Promise<Set<string>> {
    const kindOf = new Map(TASK_ALERT_KINDS.map((kind) => [summarySourceKey(kind, planId, today), kind]));
    const made = new Set<string>();
    for (const people of slices(recipientIds, 500)) {
      const rows = await manager.find(NotificationEntity, {
        where: { recipientId: In(people), sourceKey: In([...kindOf.keys()]) },
        select: { recipientId: true, sourceKey: true },
      });
      for (const row of rows) {
        const kind = kindOf.get(row.sourceKey);
        if (kind) made.add(noticeGroupKey({ recipientId: row.recipientId, kind, planId }));
      }
    }
    return made;
  }

  /** Adds the shares to today's summaries, making those not there yet; answers the summaries' ids. */
  async add(
    manager: EntityManager,
    shares: readonly SummaryShare[],
    now: Date,
    today: string,
  ): Promise<string[]> {
    if (shares.length === 0) return [];
    const createdAt = now.toISOString();
    const sourceOf = (share: SummaryShare) => summarySourceKey(share.kind, share.planId, today);
    const fresh = shares.map((share) =>
      notificationRow(
        SUMMARY_KIND[share.kind],
        { ...share.params, count: '0' },
        {
          wardId: share.wardId,
          recipientId: share.recipientId,
          sourceKey: sourceOf(share),
          taskId: null,
          planId: share.planId,
          eventId: null,
          alertId: null,
          createdAt,
        },
      ),
    );
    for (const slice of notificationSlices(fresh))
      await leanStatements.insert(manager, NotificationEntity, slice, { ignoreConflicts: true });
    const stored = await this.locked(
      manager,
      shares.map((share) => share.recipientId),
      fresh.map((row) => row.sourceKey),
    );
    const ids: string[] = [];
    for (const share of shares) {
      const row = stored.get(`${share.recipientId}|${sourceOf(share)}`);
      if (!row) continue;
      const params: NotificationParams = {
        ...share.params,
        count: String(Number(row.params.count ?? 0) + share.count),
      };
      // Unread again and at the top of the list: the count says something new.
      await leanStatements.update(
        manager,
        NotificationEntity,
        { params, title: vietnameseTitle(row.kind, params), readAt: null, createdAt },
        { id: row.id },
      );
      ids.push(row.id);
    }
    return ids;
  }

  /** Pushes the summaries as they now stand to their people's open sockets. */
  async publish(ids: ReadonlySet<string>): Promise<void> {
    for (const slice of slices([...ids], 500)) {
      const rows = await this.dataSource.manager.find(NotificationEntity, { where: { id: In(slice) } });
      this.publisher.afterCommit(this.dataSource.manager, rows);
    }
  }

  /**
   * The summaries by "recipient|source", locked on PostgreSQL until the transaction ends: a run that
   * outlived its lease and another that took it over add up their counts instead of overwriting.
   */
  private async locked(
    manager: EntityManager,
    recipientIds: readonly string[],
    sourceKeys: readonly string[],
  ): Promise<Map<string, NotificationEntity>> {
    const query = manager
      .createQueryBuilder(NotificationEntity, 'summary')
      .where('summary.recipientId IN (:...recipientIds)', { recipientIds: [...new Set(recipientIds)] })
      .andWhere('summary.sourceKey IN (:...sourceKeys)', { sourceKeys: [...new Set(sourceKeys)] });
    const rows = await (
      manager.connection.options.type === 'postgres' ? query.setLock('pessimistic_write') : query
    ).getMany();
    return new Map(rows.map((row) => [`${row.recipientId}|${row.sourceKey}`, row]));
  }
}
