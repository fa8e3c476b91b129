import type { TransitionRequest } from '@dondoc/contracts';
import type { TaskType } from '@dondoc/domain';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { toAuthUser } from '../auth/auth.service';
import type { UserEntity } from '../org/entities/user.entity';
import type { ImportedPlan } from '../plan-import/plan-import.service';
import type { TaskEntity } from '../tasks/entities/task.entity';
import { TaskTransitionService } from '../tasks/task-transition.service';

type Seat = 'lead' | 'reviewer' | 'approver';

interface Step {
  as: Seat;
  event: string;
  comment?: string;
  payload?: Record<string, unknown>;
}

const SUBMIT: Step = {
  as: 'lead',
  event: 'SUBMIT',
  comment: 'Trình dự thảo',
  payload: { deliverableRef: 'du-thao-v1.docx' },
};
const REVIEW: Step = { as: 'reviewer', event: 'REVIEW', comment: 'Nội dung đạt yêu cầu' };
const RETURN: Step = {
  as: 'reviewer',
  event: 'RETURN',
  comment: 'Đề nghị bổ sung số liệu quý I',
  payload: { reason: 'Đề nghị bổ sung số liệu quý I' },
};
const APPROVE: Step = {
  as: 'approver',
  event: 'APPROVE',
  comment: 'Đồng ý ban hành',
  payload: { issuedNumber: '12/KH-UBND', issuedOn: '2026-02-03' },
};

/** Scenarios for document-spine tasks, played in order on the first eligible tasks of each plan. */
const SCENARIOS: Step[][] = [[SUBMIT, REVIEW, APPROVE], [SUBMIT, RETURN], [SUBMIT, REVIEW], [SUBMIT]];

const SPINE_TYPES: TaskType[] = ['document', 'periodic_report'];

/**
 * Gives the demo boards a past: a few tasks per plan are moved through the real transition
 * service by the demo users, so cards sit in several columns with genuine history.
 */
@Injectable()
export class DemoHistory {
  private readonly logger = new Logger(DemoHistory.name);

  constructor(private readonly transitions: TaskTransitionService) {}

  async play(manager: EntityManager, imported: ImportedPlan, users: readonly UserEntity[]): Promise<void> {
    const seats = (task: TaskEntity): Record<Seat, UserEntity | undefined> => ({
      lead: users.find((user) => user.unitId === task.leadUnitId && user.roles.includes('staff')),
      reviewer: users.find(
        (user) => user.unitId === imported.plan.reviewerUnitId && user.roles.includes('reviewer'),
      ),
      approver: users.find(
        (user) => user.unitId === imported.plan.approverUnitId && user.roles.includes('approver'),
      ),
    });
    const candidates = imported.tasks.filter(
      (task) => SPINE_TYPES.includes(task.type) && task.column === 'draft' && seats(task).lead !== undefined,
    );
    for (const [index, scenario] of SCENARIOS.entries()) {
      const task = candidates[index];
      if (!task) return;
      let version = task.version;
      for (const step of scenario) {
        const actor = seats(task)[step.as];
        if (!actor) break;
        const request: TransitionRequest = {
          event: step.event,
          expectedVersion: version,
          comment: step.comment,
          payload: step.payload,
        };
        try {
          const result = await this.transitions.applyWithin(manager, task.id, toAuthUser(actor), request);
          version = result.card.version;
        } catch (error) {
          this.logger.warn(
            `Demo step ${step.event} on task ${task.ref} refused: ${(error as Error).message}`,
          );
          break;
        }
      }
    }
  }
}
