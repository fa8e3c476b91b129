import type { NotificationKind, NotificationParams } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { type InsertPart, leanStatements } from '../database/lean-statements';
import { UnitEntity } from '../org/entities/unit.entity';
import { UserEntity } from '../org/entities/user.entity';
import type { UnitAsk, UnitAsks } from '../org/unit-asks';
import { PlanEntity } from '../task-model/entities/plan.entity';
import type { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { TaskEntity } from '../task-model/entities/task.entity';
import { NotificationEntity } from './entities/notification.entity';
import { MAX_REASON_TEXT, MAX_TASK_TEXT, paramsOfAlert, paramsOfEvent, shorten } from './notification-params';
import { NotificationPublisher } from './notification-publisher';
import { notificationRow, notificationSlices } from './notification-row';
import {
  askOfAlert,
  askOfEvent,
  type Audience,
  type Candidate,
  candidateUnits,
  recipientsOf,
  type TaskParties,
} from './notification-rules';
import type { DueAlert } from './reminders/due-alerts';

/** The units of a plan that review and approve its tasks. */
export type PlanUnits = Pick<PlanEntity, 'reviewerUnitId' | 'approverUnitId' | 'alternateReviewerUnitId'>;

/** Whom an event asks for what, read before the event is appended. */
export interface AskedPeople {
  kind: NotificationKind;
  recipients: readonly string[];
}

/** A raised alert with the id of its task_alert row. */
export type RaisedAlert = DueAlert & { id: string };

/** An alert told in a line of its own to these recipients. */
export interface AlertNotice {
  alert: RaisedAlert;
  recipientIds: readonly string[];
}

const CANDIDATE_COLUMNS = { id: true, username: true, wardId: true, unitId: true, roles: true } as const;

/**
 * Writes notifications inside the caller's transaction — the event or alert they are about
 * commits with them or not at all — and hands them to the publisher for after the commit. Each is
 * unique per recipient and source, so writing the same source again changes nothing.
 */
@Injectable()
export class NotificationWriter implements UnitAsks {
  constructor(private readonly publisher: NotificationPublisher) {}

  /**
   * What an event just appended to a task's log asks of whom; `task` is the row after it. `plan`:
   * its plan's reviewing units when the caller has read them already (a move's snapshot has).
   */
  async forEvent(
    manager: EntityManager,
    event: TaskEventEntity,
    task: TaskEntity,
    plan?: PlanUnits,
  ): Promise<void> {
    const asked = await this.askedByEvent(manager, event, task, plan);
    await leanStatements.insertTogether(manager, this.rowsForEvent(manager, event, task, asked));
  }

  /**
   * The reading half of `forEvent`, for an event not yet in the ward's chain: a move reads who is
   * asked before it locks the chain's head, so the lock is held for writes alone.
   */
  async askedByEvent(
    manager: EntityManager,
    event: TaskEventEntity,
    task: TaskEntity,
    plan?: PlanUnits,
  ): Promise<AskedPeople | null> {
    const ask = askOfEvent(event);
    if (!ask) return null;
    const needsPlan =
      ask.audience.kind === 'relation' && ask.audience.relation !== 'lead'
        ? (plan ??
          (await manager.findOne(PlanEntity, {
            where: { id: task.planId },
            select: { id: true, reviewerUnitId: true, approverUnitId: true, alternateReviewerUnitId: true },
          })))
        : null;
    const parties: TaskParties = {
      wardId: task.wardId,
      leadUnitId: task.leadUnitId,
      reviewerUnitId: needsPlan?.reviewerUnitId ?? null,
      approverUnitId: needsPlan?.approverUnitId ?? null,
      alternateReviewerUnitId: needsPlan?.alternateReviewerUnitId ?? null,
    };
    const candidates = await this.candidates(manager, task.wardId, ask.audience, parties);
    return { kind: ask.kind, recipients: recipientsOf(ask.audience, parties, candidates, event.actorId) };
  }

  /**
   * The writing half of `forEvent`, once the event has its id and its time in the chain: the rows,
   * for a caller that sends them with its own inserts; they are published once its transaction commits.
   */
  rowsForEvent(
    manager: EntityManager,
    event: TaskEventEntity,
    task: TaskEntity,
    asked: AskedPeople | null,
  ): InsertPart<NotificationEntity>[] {
    if (!asked || asked.recipients.length === 0) return [];
    const params = paramsOfEvent(asked.kind, event, task);
    const rows = asked.recipients.map((recipientId) =>
      notificationRow(asked.kind, params, {
        wardId: task.wardId,
        recipientId,
        sourceKey: `event:${event.id}`,
        taskId: task.id,
        planId: task.planId,
        eventId: Number(event.id),
        alertId: null,
        createdAt: event.at,
      }),
    );
    this.publisher.afterCommit(manager, rows);
    return notificationSlices(rows).map((slice) => ({
      target: NotificationEntity,
      rows: slice,
      ignoreConflicts: true,
    }));
  }

  /**
   * The reminders and escalations of alerts just raised, a line per task to the recipients given
   * (those the alert's summary does not cover); answers how many notifications were new.
   */
  async forAlertNotices(manager: EntityManager, notices: readonly AlertNotice[], now: Date): Promise<number> {
    if (notices.length === 0) return 0;
    const taskIds = [...new Set(notices.map(({ alert }) => alert.taskId))];
    const tasks = new Map(
      (
        await manager.find(TaskEntity, {
          where: { id: In(taskIds) },
          select: { id: true, wardId: true, planId: true, ref: true, content: true, leadUnitId: true },
        })
      ).map((task) => [task.id, task]),
    );
    const leadUnitIds = [...new Set([...tasks.values()].flatMap((task) => task.leadUnitId ?? []))];
    const unitCodes = new Map(
      leadUnitIds.length === 0
        ? []
        : (
            await manager.find(UnitEntity, {
              where: { id: In(leadUnitIds) },
              select: { id: true, code: true },
            })
          ).map((unit) => [unit.id, unit.code]),
    );
    const createdAt = now.toISOString();
    const rows = notices.flatMap(({ alert, recipientIds }) => {
      const task = tasks.get(alert.taskId);
      if (!task) return [];
      const kind = askOfAlert(alert.kind).kind;
      const params = paramsOfAlert(
        alert,
        task,
        task.leadUnitId ? (unitCodes.get(task.leadUnitId) ?? null) : null,
      );
      return recipientIds.map((recipientId) =>
        notificationRow(kind, params, {
          wardId: task.wardId,
          recipientId,
          sourceKey: `alert:${alert.id}`,
          taskId: task.id,
          planId: task.planId,
          eventId: null,
          alertId: alert.id,
          createdAt,
        }),
      );
    });
    await this.insert(manager, rows);
    // Only the rows this transaction wrote: a run that raced another one publishes nothing twice.
    const written = await this.written(manager, rows);
    this.publisher.afterCommit(manager, written);
    return written.length;
  }

  /** What another context asks of whole units (a report round's part), through the kernel's port. */
  async ask(manager: EntityManager, asks: readonly UnitAsk[]): Promise<number> {
    const rows: NotificationEntity[] = [];
    for (const ask of asks) {
      if (ask.unitIds.length === 0) continue;
      const members = await manager.find(UserEntity, {
        where: { wardId: ask.wardId, unitId: In([...ask.unitIds]) },
        select: { id: true },
      });
      const { reason } = ask.params;
      const params: NotificationParams = {
        ...ask.params,
        task: shorten(ask.params.task, MAX_TASK_TEXT),
        ...(reason === undefined ? {} : { reason: shorten(reason, MAX_REASON_TEXT) }),
      };
      for (const member of members) {
        if (member.id === ask.actorId) continue;
        rows.push(
          notificationRow(ask.kind, params, {
            wardId: ask.wardId,
            recipientId: member.id,
            sourceKey: ask.sourceKey,
            taskId: null,
            planId: ask.planId,
            eventId: null,
            alertId: null,
            createdAt: ask.at,
          }),
        );
      }
    }
    await this.insert(manager, rows);
    const written = await this.written(manager, rows);
    this.publisher.afterCommit(manager, written);
    return written.length;
  }

  private async candidates(
    manager: EntityManager,
    wardId: string,
    audience: Audience,
    parties: TaskParties,
  ): Promise<Candidate[]> {
    const units = candidateUnits(audience, parties);
    if (units !== 'all' && units.length === 0) return [];
    return manager.find(UserEntity, {
      where: units === 'all' ? { wardId } : { wardId, unitId: In(units) },
      select: CANDIDATE_COLUMNS,
    });
  }

  private async insert(manager: EntityManager, rows: readonly NotificationEntity[]): Promise<void> {
    for (const slice of notificationSlices(rows))
      await leanStatements.insert(manager, NotificationEntity, slice, { ignoreConflicts: true });
  }

  private async written(
    manager: EntityManager,
    rows: readonly NotificationEntity[],
  ): Promise<NotificationEntity[]> {
    const found = new Set<string>();
    for (const slice of notificationSlices(rows)) {
      const existing = await manager.find(NotificationEntity, {
        where: { id: In(slice.map((row) => row.id)) },
        select: { id: true },
      });
      for (const row of existing) found.add(row.id);
    }
    return rows.filter((row) => found.has(row.id));
  }
}
