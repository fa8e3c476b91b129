import { takesDeliverableFiles, type TransitionRequest } from '@dondoc/contracts';
import { addDays } from '@dondoc/deadlines';
import type { TaskType } from '@dondoc/domain';
import { reviewingOf, VALID_PAYLOADS, type WorkflowEventType } from '@dondoc/workflows';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { toAuthUser } from '../auth/auth.service';
import { Clock } from '../common/clock';
import { DeliverablesService } from '../deliverables/deliverables.service';
import type { UserEntity } from '../org/entities/user.entity';
import type { ImportedPlan } from '../plan-import/plan-import.service';
import type { PlanEntity } from '../task-model/entities/plan.entity';
import type { TaskEntity } from '../task-model/entities/task.entity';
import { TaskTransitionService } from '../tasks/task-transition.service';
import { demoDeliverablePdf } from './demo-deliverable';

type Seat = 'lead' | 'reviewer' | 'approver';

interface Step {
  as: Seat;
  event: WorkflowEventType;
  comment: string;
}

const step = (as: Seat, event: WorkflowEventType, comment: string): Step => ({ as, event, comment });
const SUBMIT = step('lead', 'SUBMIT', 'Trình dự thảo');
const REVIEW = step('reviewer', 'REVIEW', 'Nội dung đạt yêu cầu');
const RETURN = step('reviewer', 'RETURN', 'Đề nghị bổ sung số liệu quý I');
const APPROVE = step('approver', 'APPROVE', 'Đồng ý ban hành');

/** Per type, the stories a few tasks of each demo plan have already lived through. */
const STORIES: Record<TaskType, Step[][]> = {
  document: [
    [SUBMIT, REVIEW, APPROVE],
    [SUBMIT, RETURN],
    [SUBMIT, REVIEW],
    [SUBMIT],
    [step('lead', 'REQUEST_EXTENSION', 'Xin gia hạn do chờ hướng dẫn của Sở')],
  ],
  legal_document: [[step('lead', 'START_CONSULTATION', 'Gửi dự thảo lấy ý kiến các đơn vị')]],
  periodic_report: [],
  target: [[step('lead', 'SUBMIT_VALUE', 'Báo cáo kết quả đo được'), REVIEW]],
  ongoing: [[step('lead', 'REPORT_PROGRESS', 'Báo cáo tiến độ quý I')]],
  triggered: [
    [step('lead', 'RECORD_TRIGGER', 'Đã có văn bản hướng dẫn')],
    [step('lead', 'RECORD_TRIGGER', 'Đã có văn bản'), SUBMIT],
  ],
};

/**
 * Gives the demo boards a past: a few tasks of every type are moved through the real transition
 * service by the demo users, so cards sit in several columns with genuine history.
 */
@Injectable()
export class DemoHistory {
  private readonly logger = new Logger(DemoHistory.name);

  constructor(
    private readonly transitions: TaskTransitionService,
    private readonly deliverables: DeliverablesService,
    private readonly clock: Clock,
  ) {}

  async play(manager: EntityManager, imported: ImportedPlan, users: readonly UserEntity[]): Promise<void> {
    const seatsOf = (task: TaskEntity) => demoSeats(task, imported.plan, users);
    for (const [type, stories] of Object.entries(STORIES) as [TaskType, Step[][]][]) {
      const candidates = imported.tasks.filter(
        (task) => task.type === type && !task.needsPrimaryLead && seatsOf(task).lead !== undefined,
      );
      const taken = new Set(candidates.slice(0, stories.length).map((task) => task.id));
      for (const [index, story] of stories.entries()) {
        // Four eyes: a story nobody may finish on its usual task goes to the last task where someone
        // may, so that the first drafts of each unit stay untouched for the walkthroughs.
        const usual = candidates[index];
        const task =
          usual && canTell(story, seatsOf(usual))
            ? usual
            : candidates.findLast(
                (candidate) => !taken.has(candidate.id) && canTell(story, seatsOf(candidate)),
              );
        if (!task) continue;
        taken.add(task.id);
        await this.tell(manager, task, story, seatsOf(task));
      }
    }
  }

  /** The workflow's sample payloads, with dates that make sense today. */
  private payloadFor(event: WorkflowEventType): Record<string, unknown> {
    const today = this.clock.now().toISOString().slice(0, 10);
    const payload: Record<string, unknown> = { ...VALID_PAYLOADS[event] };
    if (event === 'REQUEST_EXTENSION') payload['newDue'] = addDays(today, 30);
    if (event === 'RECORD_TRIGGER') payload['triggerDate'] = addDays(today, -7);
    if (event === 'APPROVE') payload['issuedOn'] = today;
    return payload;
  }

  private async tell(manager: EntityManager, task: TaskEntity, story: Step[], seats: Seats): Promise<void> {
    let version = task.version;
    for (const { as, event, comment } of story) {
      const actor = seats[as];
      if (!actor) return;
      const request: TransitionRequest = {
        event,
        expectedVersion: version,
        comment,
        payload: this.payloadFor(event),
      };
      try {
        if (event === 'SUBMIT') await this.attachDraft(manager, task, actor);
        version = (await this.transitions.applyWithin(manager, task.id, toAuthUser(actor), request)).card
          .version;
      } catch (error) {
        this.logger.warn(`Demo step ${event} on task ${task.ref} refused: ${(error as Error).message}`);
        return;
      }
    }
  }

  /** A lead hands in a file before submitting, as the product asks of document-type tasks. */
  private async attachDraft(manager: EntityManager, task: TaskEntity, lead: UserEntity): Promise<void> {
    if (!takesDeliverableFiles(task.type)) return;
    await this.deliverables.attachInside(manager, task, toAuthUser(lead), {
      originalname: `du-thao-${task.ref}.pdf`,
      buffer: demoDeliverablePdf(task.ref, task.content),
    });
  }
}

type Seats = Record<Seat, UserEntity | undefined>;

const hasAnyRole = (user: UserEntity, roles: readonly string[]) =>
  user.roles.some((role) => roles.includes(role));

/**
 * Who takes each step of a task, four eyes kept: the lead unit's staff submits, the unit that
 * reviews this task (the plan's reviewer unit, or its alternate when the lead is that unit) reviews,
 * and an approver who did not review approves. A seat nobody can take stays empty.
 */
export function demoSeats(
  task: TaskEntity,
  plan: Pick<PlanEntity, 'reviewerUnitId' | 'approverUnitId' | 'alternateReviewerUnitId'>,
  users: readonly UserEntity[],
): Seats {
  const lead = users.find((user) => user.unitId === task.leadUnitId && user.roles.includes('staff'));
  const reviewing = reviewingOf({
    wardId: task.wardId,
    leadUnitId: task.leadUnitId,
    cooperatorUnitIds: [],
    reviewerUnitId: plan.reviewerUnitId,
    approverUnitId: plan.approverUnitId,
    alternateReviewerUnitId: plan.alternateReviewerUnitId,
  });
  const reviewers = users.filter(
    (user) => user.unitId === reviewing.unitId && user !== lead && hasAnyRole(user, reviewing.roles),
  );
  // The reviewer role first, so that an approver stays free to approve when someone else can review.
  const reviewer = reviewers.find((user) => user.roles.includes('reviewer')) ?? reviewers[0];
  const approver = users.find(
    (user) =>
      user.unitId === plan.approverUnitId &&
      user !== lead &&
      user !== reviewer &&
      hasAnyRole(user, ['approver', 'unit_head']),
  );
  return { lead, reviewer, approver };
}

function canTell(story: readonly Step[], seats: Seats): boolean {
  return story.every(({ as }) => seats[as] !== undefined);
}
