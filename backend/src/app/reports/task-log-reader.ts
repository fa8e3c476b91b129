import type { Deadline } from '@dondoc/deadlines';
import type { ReportEvent, ReportTask } from '@dondoc/reports';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, MoreThan } from 'typeorm';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { TaskEntity } from '../task-model/entities/task.entity';

/** Events are read in pages of this many rows, so a plan of any size never loads in one result. */
export const EVENT_PAGE = 5_000;

/** A plan's tasks and their whole event log, in the shapes @dondoc/reports folds. */
export interface PlanLog {
  tasks: ReportTask[];
  events: ReportEvent[];
}

/**
 * Reads what the as-of fold needs from the task and task_event rows: only the columns it uses,
 * one query for the plan's tasks and the plan's events in id-ordered pages (the (plan_id, id)
 * index). Later events are read too: a type change or a primary-lead choice after the instant
 * says what the task was before it.
 */
@Injectable()
export class TaskLogReader {
  constructor(private readonly dataSource: DataSource) {}

  async planLog(planId: string, manager: EntityManager = this.dataSource.manager): Promise<PlanLog> {
    const rows = await manager.find(TaskEntity, {
      where: { planId },
      select: {
        id: true,
        planId: true,
        parentId: true,
        sectionKey: true,
        leadUnitId: true,
        type: true,
        createdAt: true,
        due: true,
        deadline: true,
        workflowSeed: true,
        position: true,
      },
      order: { position: 'ASC' },
    });
    const tasks = rows.map((row): ReportTask => ({
      id: row.id,
      planId: row.planId,
      parentId: row.parentId,
      sectionKey: row.sectionKey,
      leadUnitId: row.leadUnitId,
      type: row.type,
      createdAt: row.createdAt,
      due: row.due,
      deadline: row.deadline as Deadline | null,
      workflowSeed: row.workflowSeed,
    }));
    return { tasks, events: await this.planEvents(planId, manager) };
  }

  private async planEvents(planId: string, manager: EntityManager): Promise<ReportEvent[]> {
    const events: ReportEvent[] = [];
    let after = 0;
    for (;;) {
      const page = await manager.find(TaskEventEntity, {
        where: { planId, id: MoreThan(after) },
        select: {
          id: true,
          taskId: true,
          event: true,
          fromState: true,
          toState: true,
          version: true,
          payload: true,
          comment: true,
          at: true,
          actorId: true,
          actorUnitId: true,
        },
        order: { id: 'ASC' },
        take: EVENT_PAGE,
      });
      for (const row of page)
        events.push({
          taskId: row.taskId,
          event: row.event,
          fromState: row.fromState,
          toState: row.toState,
          version: row.version,
          payload: row.payload,
          comment: row.comment,
          at: row.at,
          actorId: row.actorId,
          actorUnitId: row.actorUnitId,
        });
      if (page.length < EVENT_PAGE) return events;
      after = page[page.length - 1].id;
    }
  }
}
