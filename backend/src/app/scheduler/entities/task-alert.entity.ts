import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type TaskAlertKind = 'due_soon' | 'overdue';

/** A due-soon or overdue mark, raised once per task, kind and due date in force. */
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

  @Column({ type: 'varchar', length: 16 })
  kind: TaskAlertKind;

  /** The due date the mark is about (ISO date); an extension brings a new due date and new marks. */
  @Column({ type: 'varchar', length: 10 })
  due: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;
}
