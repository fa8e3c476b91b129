import type { PlanChangedMessage, TransitionResponse } from '@dondoc/contracts';
import { formatViDate, vietnamDateOf } from '@dondoc/deadlines';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { Clock } from '../../common/clock';
import { UnitOfWork } from '../../database/unit-of-work';
import { NotificationWriter } from '../../notifications/notification-writer';
import { OutboxPublisher } from '../../outbox/outbox-publisher';
import { type AmendedPlan, isSettled, loadAmendedPlan } from '../../plan-import/amended-plan';
import { type AmendmentDiff, diffAmendment } from '../../plan-import/amendment-diff';
import type {
  PlanAmender,
  PlanAmendmentOutcome,
  PlanAmendmentRequest,
  RevisionDiff,
} from '../../plan-import/plan-amender';
import { PlanImportService } from '../../plan-import/plan-import.service';
import { diffSections, hasSectionChanges } from '../../plan-import/section-diff';
import { SocketHub } from '../../socket-hub/socket-hub';
import { PlanSectionEntity } from '../../task-model/entities/plan-section.entity';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { TaskChangeRecorder } from '../task-change-recorder';
import { TaskTransitionService } from '../task-transition.service';
import { correctionOf } from './task-correction';

/** The events an amendment writes beside the cancellations (administrative: the fold passes over them). */
export const AMENDMENT_EVENTS = { added: 'ADD_BY_AMENDMENT', changed: 'AMEND_PLAN' } as const;

/**
 * Applies a revised version of a plan to its tasks, in one transaction: sections it heads anew
 * are added and sections it heads with another title are renamed; new rows become tasks
 * (each with an event saying the revision added it), matched tasks whose fields differ are
 * corrected (an administrative event with the fields before and after), and tasks the revision
 * no longer has are cancelled through their workflow with the reason, never deleted. Every
 * change is in the ward's hash chain and the outbox; the live messages go out after the commit.
 * Sections are the plan's, not a task's: they have no event (the import records them with the
 * revision, in plan_source), and the board hears of them as `plan.changed`.
 */
@Injectable()
export class PlanAmendmentService implements PlanAmender {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly importer: PlanImportService,
    private readonly recorder: TaskChangeRecorder,
    private readonly transitions: TaskTransitionService,
    private readonly outbox: OutboxPublisher,
    private readonly notifications: NotificationWriter,
    private readonly clock: Clock,
    private readonly hub: SocketHub,
  ) {}

  async amend(user: AuthUser, request: PlanAmendmentRequest): Promise<PlanAmendmentOutcome> {
    const { outcome, messages, planChanged } = await this.unitOfWork.run(async (manager) => {
      const amended = await loadAmendedPlan(manager, user.wardId, request.planId);
      const revision: RevisionDiff = {
        tasks: diffAmendment(amended.planTasks, request.parsed.tasks),
        sections: diffSections(amended.sections, request.parsed.sections),
      };
      const diff = revision.tasks;
      const at = this.clock.now().toISOString();
      const messages: TransitionResponse[] = [];
      const reason = cancelReason(amended, at);
      const planChanged = await this.reviseSections(manager, amended, revision);
      await this.correctChanged(manager, user, amended, diff, request, at, messages);
      await this.addNew(manager, user, amended, diff, request, at, messages);
      // Last: a cancellation the caller may not make (only an admin or the plan's approver unit
      // may) refuses the whole revision, and what was written before it is rolled back.
      const cancelled = await this.cancelRemoved(manager, user, amended, diff, reason, messages);
      await request.alsoWithin(manager, amended, revision);
      return {
        messages,
        planChanged,
        outcome: {
          planId: amended.plan.id,
          added: diff.added.length,
          changed: diff.changed.length,
          removed: cancelled,
          alreadySettled: diff.removed.length - cancelled,
          sectionsAdded: revision.sections.added.length,
          sectionsRenamed: revision.sections.renamed.length,
        },
      };
    });
    // The titles first, so a card of a new section lands in a lane that has its title.
    if (planChanged) this.hub.planChanged(planChanged);
    for (const message of messages) await this.outbox.publishCommitted(message);
    return outcome;
  }

  /** The revision's section titles and new sections; the board's message when anything changed. */
  private async reviseSections(
    manager: EntityManager,
    amended: AmendedPlan,
    revision: RevisionDiff,
  ): Promise<PlanChangedMessage | null> {
    if (!hasSectionChanges(revision.sections)) return null;
    await this.importer.reviseSections(manager, amended.plan, revision.sections, amended.sections);
    const sections = await manager.find(PlanSectionEntity, {
      where: { planId: amended.plan.id },
      order: { position: 'ASC' },
    });
    return {
      planId: amended.plan.id,
      wardId: amended.plan.wardId,
      sections: sections.map(({ key, title }) => ({ key, title })),
    };
  }

  /**
   * Each removed task that is still open is cancelled with its per-unit copies: the copies
   * first, so a fan-out parent is settled by the engine as its last child is. Answers how many
   * removed tasks were open.
   */
  private async cancelRemoved(
    manager: EntityManager,
    user: AuthUser,
    amended: AmendedPlan,
    diff: AmendmentDiff<TaskEntity>,
    reason: string,
    messages: TransitionResponse[],
  ): Promise<number> {
    let cancelled = 0;
    // Last in board order first: a sub-task before the task it belongs to, which the engine
    // then settles itself once its last child is cancelled.
    for (const task of [...diff.removed].reverse()) {
      if (isSettled(task)) continue;
      for (const target of [...(amended.copiesOf.get(task.id) ?? []), task]) {
        const now = await manager.findOneByOrFail(TaskEntity, { id: target.id });
        if (isSettled(now)) continue;
        messages.push(
          await this.transitions.applyWithin(manager, now.id, user, {
            event: 'CANCEL',
            expectedVersion: now.version,
            payload: { reason },
          }),
        );
      }
      cancelled++;
    }
    return cancelled;
  }

  private async correctChanged(
    manager: EntityManager,
    user: AuthUser,
    amended: AmendedPlan,
    diff: AmendmentDiff<TaskEntity>,
    request: PlanAmendmentRequest,
    at: string,
    messages: TransitionResponse[],
  ): Promise<void> {
    for (const change of diff.changed) {
      const copies = amended.copiesOf.get(change.standing.id) ?? [];
      for (const target of [change.standing, ...copies]) {
        const task = await manager.findOneByOrFail(TaskEntity, { id: target.id });
        const correction = await correctionOf(manager, amended.plan, task, change, {
          isCopy: target !== change.standing,
          hasCopies: copies.length > 0,
          units: request.units,
        });
        if (!correction) continue;
        await this.record(manager, user, task, {
          event: AMENDMENT_EVENTS.changed,
          changes: correction.changes,
          payload: { ...correction.payload, sourceSha256: request.sourceSha256 },
          at,
          messages,
        });
      }
    }
  }

  /** The new rows as tasks after the plan's last, each with its event. */
  private async addNew(
    manager: EntityManager,
    user: AuthUser,
    amended: AmendedPlan,
    diff: AmendmentDiff<TaskEntity>,
    request: PlanAmendmentRequest,
    at: string,
    messages: TransitionResponse[],
  ): Promise<void> {
    if (diff.added.length === 0) return;
    const idOfRef = new Map<string, string>();
    for (const { standing, incoming } of [...diff.kept, ...diff.changed])
      idOfRef.set(incoming.ref, standing.id);
    const created = await this.importer.addTasks(manager, amended.plan, diff.added, request.units, at, {
      firstPosition: amended.tasks.reduce((last, task) => Math.max(last, task.position + 1), 0),
      idOfRef,
    });
    for (const task of created) {
      await this.record(manager, user, task, {
        event: AMENDMENT_EVENTS.added,
        changes: {},
        payload: { sourceSha256: request.sourceSha256 },
        at,
        messages,
      });
    }
  }

  /** The same write sequence as the engine's other corrections: record → stage → notify. */
  private async record(
    manager: EntityManager,
    user: AuthUser,
    task: TaskEntity,
    change: {
      event: string;
      changes: Partial<TaskEntity>;
      payload: Record<string, unknown>;
      at: string;
      messages: TransitionResponse[];
    },
  ): Promise<void> {
    const recorded = await this.recorder.record(manager, { task }, user, {
      event: change.event,
      changes: change.changes,
      payload: change.payload,
      actorRole: user.roles.includes('admin') ? 'admin' : (user.roles[0] ?? null),
      at: change.at,
    });
    await this.outbox.stage(manager, recorded.task.wardId, recorded.message);
    await this.notifications.forEvent(manager, recorded.event, recorded.task);
    change.messages.push(recorded.message);
  }
}

/** "Không còn trong kế hoạch sửa đổi 158/KH-UBND (07/12/2026)": the plan's symbol and the day. */
function cancelReason(amended: AmendedPlan, at: string): string {
  const day = vietnamDateOf(at);
  const symbol = amended.plan.symbol ? ` ${amended.plan.symbol}` : '';
  return `Không còn trong kế hoạch sửa đổi${symbol}${day ? ` (${formatViDate(day)})` : ''}`;
}
