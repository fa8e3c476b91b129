import type { BoardColumn, TaskType } from '@dondoc/domain';
import type { WorkflowContext, WorkflowSeed } from '@dondoc/workflows';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('task')
@Index(['planId', 'position'])
@Index('IDX_task_plan_column_position', ['planId', 'column', 'position'])
@Index(['wardId', 'column'])
@Index(['parentId'])
export class TaskEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId: string;

  @Column({ name: 'parent_id', type: 'varchar', length: 36, nullable: true })
  parentId: string | null;

  @Column({ name: 'section_key', type: 'varchar', length: 16, nullable: true })
  sectionKey: string | null;

  /** Number as printed in the plan's table ("12", "2.3"), unique within the plan. */
  @Column({ type: 'varchar', length: 32 })
  ref: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 16 })
  level: 'target' | 'task' | 'activity';

  @Column({ type: 'text' })
  content: string;

  /** The one primary lead ("một việc – một đầu mối"); null until a person picks it. */
  @Column({ name: 'lead_unit_id', type: 'varchar', length: 36, nullable: true })
  leadUnitId: string | null;

  @Column({ name: 'needs_primary_lead', type: 'boolean', default: false })
  needsPrimaryLead: boolean;

  @Column({ name: 'lead_text', type: 'text' })
  leadText: string;

  @Column({ name: 'cooperator_text', type: 'text' })
  cooperatorText: string;

  @Column({ type: 'text' })
  deliverable: string;

  @Column({ name: 'deliverable_kind', type: 'varchar', length: 64, nullable: true })
  deliverableKind: string | null;

  @Column({ name: 'deadline_text', type: 'text' })
  deadlineText: string;

  /** The deadline as the engine read it (see @dondoc/deadlines), kept for display and recomputation. */
  @Column({ type: 'simple-json', nullable: true })
  deadline: Record<string, unknown> | null;

  /** The nominal due date in force (ISO), null when none applies yet. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  due: string | null;

  @Column({ name: 'budget_text', type: 'text' })
  budgetText: string;

  @Column({ type: 'varchar', length: 32 })
  type: TaskType;

  @Column({ type: 'varchar', length: 64 })
  state: string;

  @Column({ name: 'board_column', type: 'varchar', length: 16 })
  column: BoardColumn;

  @Column({ type: 'simple-json' })
  context: WorkflowContext;

  /** What the task's machine was started with (target value, report period…): replay starts here. */
  @Column({ name: 'workflow_seed', type: 'simple-json', nullable: true })
  workflowSeed: WorkflowSeed | null;

  /**
   * When the lead last handed the work in (the move into the submitted column). Once the task is
   * approved this is when it counts as done: a return does not stop the clock.
   */
  @Column({ name: 'submitted_at', type: 'varchar', length: 32, nullable: true })
  submittedAt: string | null;

  @Column({ name: 'machine_version', type: 'integer' })
  machineVersion: number;

  /** Grows by one with every accepted event; a transition must name the version it saw. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt: string;
}
