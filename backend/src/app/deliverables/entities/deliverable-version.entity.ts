import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What one submission handed in: v1, then v2 after a return and resubmission, and so on. */
@Entity('deliverable_version')
@Index(['taskId', 'number'], { unique: true })
export class DeliverableVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ name: 'task_id', type: 'varchar', length: 36 })
  taskId: string;

  @Column({ type: 'integer' })
  number: number;

  /** The task version the SUBMIT produced, which names its event in the task's log. */
  @Column({ name: 'task_version', type: 'integer' })
  taskVersion: number;

  @Column({ name: 'submitted_by_id', type: 'varchar', length: 36, nullable: true })
  submittedById: string | null;

  @Column({ name: 'submitted_by_name', type: 'varchar', length: 200 })
  submittedByName: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;
}
