import type { NotificationKind, NotificationParams } from '@dondoc/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One thing asked of one person. The source (an event of the task log, or a scheduler alert) is
 * unique per recipient, so whatever writes it twice — a repeated job run, a retry — writes it once.
 */
@Entity('notification')
@Index(['recipientId', 'sourceKey'], { unique: true })
@Index(['recipientId', 'createdAt'])
@Index(['recipientId', 'readAt'])
export class NotificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ name: 'recipient_id', type: 'varchar', length: 36 })
  recipientId: string;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  /** `event:<task event id>` or `alert:<task alert id>`. */
  @Column({ name: 'source_key', type: 'varchar', length: 96 })
  sourceKey: string;

  @Column({ name: 'task_id', type: 'varchar', length: 36, nullable: true })
  taskId: string | null;

  @Column({ name: 'plan_id', type: 'varchar', length: 36, nullable: true })
  planId: string | null;

  @Column({ name: 'event_id', type: 'integer', nullable: true })
  eventId: number | null;

  @Column({ name: 'alert_id', type: 'varchar', length: 36, nullable: true })
  alertId: string | null;

  /** What the kind's text is filled with, so every language can write it. */
  @Column({ type: 'simple-json' })
  params: NotificationParams;

  /** The Vietnamese text, written when the notification was made. */
  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;

  @Column({ name: 'read_at', type: 'varchar', length: 32, nullable: true })
  readAt: string | null;
}
