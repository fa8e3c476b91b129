import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  DataSource,
  type EntityManager,
  type EntitySubscriberInterface,
  type QueryRunner,
  type TransactionCommitEvent,
  type TransactionRollbackEvent,
  type TransactionStartEvent,
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
  /** Per transaction, the rows of it and of each savepoint open in it, innermost last. */
  private readonly pending = new WeakMap<QueryRunner, NotificationEntity[][]>();

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
    const frames = runner?.isTransactionActive ? this.pending.get(runner) : undefined;
    if (!frames || frames.length === 0) {
      this.publish(rows);
      return;
    }
    frames[frames.length - 1].push(...rows);
  }

  /** A transaction or a savepoint in it begins: its rows are kept apart until it ends. */
  afterTransactionStart(event: TransactionStartEvent): void {
    if (!event.queryRunner) return;
    const frames = this.pending.get(event.queryRunner) ?? [];
    frames.push([]);
    this.pending.set(event.queryRunner, frames);
  }

  /** A released savepoint hands its rows to the transaction around it; the outermost commit publishes. */
  afterTransactionCommit(event: TransactionCommitEvent): void {
    const frames = event.queryRunner ? this.pending.get(event.queryRunner) : undefined;
    const rows = frames?.pop();
    if (!frames || !rows) return;
    if (frames.length > 0) frames[frames.length - 1].push(...rows);
    else this.publish(rows);
  }

  /** A savepoint rolled back drops its own rows only (a group commit's other moves keep theirs). */
  afterTransactionRollback(event: TransactionRollbackEvent): void {
    const frames = event.queryRunner ? this.pending.get(event.queryRunner) : undefined;
    frames?.pop();
  }

  private publish(rows: readonly NotificationEntity[]): void {
    for (const row of rows) this.hub.notificationCreated(row.recipientId, toNotificationDto(row));
  }
}
