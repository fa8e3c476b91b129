import type { Deadline } from '@dondoc/deadlines';
import type { ReportEvent, ReportTask } from '@dondoc/reports';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { TaskEntity } from '../task-model/entities/task.entity';
import { slices } from '../task-model/slices';

/**
 * Tasks whose logs are read in one query and folded before the next: a few thousand events at a
 * time in memory, whatever the size of the ward (a ward of 100,000 tasks has a million events).
 */
export const TASKS_PER_READ = 1_000;

/** What a fold does with one task and its whole log (in log order) before the log is dropped. */
export type TaskLogVisitor = (task: ReportTask, events: readonly ReportEvent[]) => void;

/** A task as the raw row gives it: the parsed deadline is still JSON text. */
type TaskRow = Omit<ReportTask, 'deadline' | 'workflowSeed'> & { deadline: string | null };

interface EventRow {
  taskId: string;
  event: string;
  fromState: string;
  toState: string;
  version: number | string;
  payload: string | null;
  at: string;
}

/** JSON columns (simple-json) come back as text in raw rows, on SQLite and PostgreSQL alike. */
function json<T>(value: string | null): T | null {
  return value === null ? null : (JSON.parse(value) as T);
}

/**
 * Reads what the as-of fold needs from the task and task_event rows: only the columns it uses,
 * as raw rows without entity hydration. The tasks come first (the folds need them all to know
 * which are parents); then each slice of tasks has its whole logs read in one query (the
 * (task_id, id) index) and handed to the folds task by task, and is dropped before the next.
 * Later events are read too: a type change or a primary-lead choice after the instant says what
 * the task was before it. The figures read the log as recorded, so the workflow seed is not read.
 */
@Injectable()
export class TaskLogReader {
  constructor(private readonly dataSource: DataSource) {}

  /** The plan's tasks in plan order. */
  async planTasks(planId: string, manager: EntityManager = this.dataSource.manager): Promise<ReportTask[]> {
    const rows = await manager
      .createQueryBuilder(TaskEntity, 'task')
      .select('task.id', 'id')
      .addSelect('task.plan_id', 'planId')
      .addSelect('task.parent_id', 'parentId')
      .addSelect('task.section_key', 'sectionKey')
      .addSelect('task.lead_unit_id', 'leadUnitId')
      .addSelect('task.type', 'type')
      .addSelect('task.created_at', 'createdAt')
      .addSelect('task.due', 'due')
      .addSelect('task.deadline', 'deadline')
      .where('task.plan_id = :planId', { planId })
      .orderBy('task.position', 'ASC')
      .getRawMany<TaskRow>();
    return rows.map((row): ReportTask => ({
      id: row.id,
      planId: row.planId,
      parentId: row.parentId,
      sectionKey: row.sectionKey,
      leadUnitId: row.leadUnitId,
      type: row.type,
      createdAt: row.createdAt,
      due: row.due,
      deadline: json<Deadline>(row.deadline),
    }));
  }

  /**
   * Hands each task with its whole log to `visit`, in the order of `tasks`, reading the logs of
   * TASKS_PER_READ tasks at a time; between reads the event loop serves other requests.
   */
  async eachTaskLog(
    tasks: readonly ReportTask[],
    visit: TaskLogVisitor,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    for (const slice of slices(tasks, TASKS_PER_READ)) {
      const logs = await this.logsOf(
        slice.map((task) => task.id),
        manager,
      );
      for (const task of slice) visit(task, logs.get(task.id) ?? []);
    }
  }

  private async logsOf(
    taskIds: readonly string[],
    manager: EntityManager,
  ): Promise<Map<string, ReportEvent[]>> {
    const rows = await manager
      .createQueryBuilder(TaskEventEntity, 'event')
      .select('event.task_id', 'taskId')
      .addSelect('event.event', 'event')
      .addSelect('event.from_state', 'fromState')
      .addSelect('event.to_state', 'toState')
      .addSelect('event.version', 'version')
      .addSelect('event.payload', 'payload')
      .addSelect('event.at', 'at')
      .where('event.task_id IN (:...taskIds)', { taskIds })
      .orderBy('event.task_id', 'ASC')
      .addOrderBy('event.id', 'ASC')
      .getRawMany<EventRow>();
    const logs = new Map<string, ReportEvent[]>();
    for (const row of rows) {
      const event: ReportEvent = {
        taskId: row.taskId,
        event: row.event,
        fromState: row.fromState,
        toState: row.toState,
        version: Number(row.version),
        payload: json<Record<string, unknown>>(row.payload),
        at: row.at,
      };
      const log = logs.get(row.taskId);
      if (log === undefined) logs.set(row.taskId, [event]);
      else log.push(event);
    }
    return logs;
  }
}
