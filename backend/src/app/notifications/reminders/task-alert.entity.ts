import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const TASK_ALERT_KINDS = [
  'due_soon',
  'overdue',
  'escalated_unit_head',
  'escalated_leadership',
] as const;
export type TaskAlertKind = (typeof TASK_ALERT_KINDS)[number];

/**
 * A due-soon or overdue mark, or an escalation of an overdue task (to its unit head, then to the
 * ward's leadership), raised once per task, kind and due date in force.
 */
@Entity('task_alert')
@Index(['taskId', 'kind', 'due'], { unique: true })
@Index(['wardId', 'createdAt'])
export class TaskAlertEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ name: 'task_id', type: 'varchar', length: 36 })
  taskId: string;

  @Column({ type: 'varchar', length: 32 })
  kind: TaskAlertKind;

  /** The due date the mark is about (ISO date); an extension brings a new due date and new marks. */
  @Column({ type: 'varchar', length: 10 })
  due: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;
}
