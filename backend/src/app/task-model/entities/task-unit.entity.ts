import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type TaskUnitRole = 'lead' | 'cooperator';

/** Units named in a task's row: every lead candidate as written, and every cooperator. */
@Entity('task_unit')
@Index(['unitId'])
export class TaskUnitEntity {
  @PrimaryColumn({ name: 'task_id', type: 'varchar', length: 36 })
  taskId: string;

  @PrimaryColumn({ name: 'unit_id', type: 'varchar', length: 36 })
  unitId: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  role: TaskUnitRole;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;
}
