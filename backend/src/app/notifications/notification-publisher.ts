import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
} from 'typeorm';
import { SocketHub } from '../socket-hub/socket-hub';
import type { NotificationEntity } from './entities/notification.entity';
import { toNotificationDto } from './notification.mapper';

/**
 * Emits new notifications to their recipients' rooms once the transaction that wrote them has
 * committed, and drops them when it rolls back: whoever writes a notification (a transition, the
 * scheduler, the seed) needs no publishing step of its own. A notification whose emit is lost (no
 * socket, a process that died right after the commit) is still in the table: the bell reads the
 * list again whenever its connection (re)opens.
 */
@Injectable()
export class NotificationPublisher implements EntitySubscriberInterface, OnModuleInit {
  private readonly pending = new WeakMap<QueryRunner, NotificationEntity[]>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly hub: SocketHub,
  ) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  /** Publishes the rows after the manager's transaction commits (at once outside a transaction). */
  afterCommit(manager: EntityManager, rows: readonly NotificationEntity[]): void {
    if (rows.length === 0) return;
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      this.publish(rows);
      return;
    }
    this.pending.set(runner, [...(this.pending.get(runner) ?? []), ...rows]);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A released savepoint is not the end of the transaction: wait for the outermost commit.
    if (!event.queryRunner || event.queryRunner.isTransactionActive) return;
    const rows = this.pending.get(event.queryRunner);
    this.pending.delete(event.queryRunner);
    if (rows) this.publish(rows);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner || event.queryRunner.isTransactionActive) return;
    this.pending.delete(event.queryRunner);
  }

  private publish(rows: readonly NotificationEntity[]): void {
    for (const row of rows) this.hub.notificationCreated(row.recipientId, toNotificationDto(row));
  }
}
