import type { TransitionRequest, TransitionResponse } from '@dondoc/contracts';
import { decide, relationsOf } from '@dondoc/workflows';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../database/unit-of-work';
import { Metrics, type TransitionOutcome } from '../metrics/metrics.service';
import { PlanEntity } from '../plans/entities/plan.entity';
import { SocketHub } from '../realtime/socket-hub';
import { TaskUnitEntity } from './entities/task-unit.entity';
import { errorCodeOf } from './refusal';
import { TaskChangeRecorder } from './task-change-recorder';
import { toWorkflowActor, toWorkflowTask } from './workflow-adapter';

/**
 * The stateless engine shell: load the row, let the pure machine decide, save the next state with
 * its event and the new version in one transaction, publish only after the commit.
 */
@Injectable()
export class TaskTransitionService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly recorder: TaskChangeRecorder,
    private readonly hub: SocketHub,
    private readonly clock: Clock,
    private readonly metrics: Metrics,
  ) {}

  async transition(taskId: string, user: AuthUser, request: TransitionRequest): Promise<TransitionResponse> {
    let message: TransitionResponse;
    try {
      message = await this.unitOfWork.run((manager) => this.applyWithin(manager, taskId, user, request));
    } catch (error) {
      this.metrics.taskTransition(request.event, outcomeOf(error));
      throw error;
    }
    this.metrics.taskTransition(request.event, 'applied');
    this.hub.taskChanged(message);
    return message;
  }

  /** The transition inside a transaction the caller owns; nothing is published. */
  async applyWithin(
    manager: EntityManager,
    taskId: string,
    user: AuthUser,
    request: TransitionRequest,
  ): Promise<TransitionResponse> {
    const task = await this.recorder.load(manager, taskId, user, request.expectedVersion);
    const plan = await manager.findOneByOrFail(PlanEntity, { id: task.planId });
    const cooperators = await manager.find(TaskUnitEntity, {
      where: { taskId, role: 'cooperator' },
      select: { unitId: true },
    });
    const workflowTask = toWorkflowTask(
      task,
      plan,
      cooperators.map((link) => link.unitId),
    );
    const actor = toWorkflowActor(user);
    const at = this.clock.now().toISOString();
    const command = { type: request.event as never, comment: request.comment, payload: request.payload };
    const decision = decide(workflowTask, actor, command, at);
    if (!decision.ok) throw new AppError(errorCodeOf(decision.code), decision.reason);

    return this.recorder.record(manager, task, user, {
      event: request.event,
      changes: {
        state: decision.state,
        column: decision.column,
        context: decision.context,
        machineVersion: decision.machineVersion,
        ...(decision.column === 'submitted' && task.column !== 'submitted' ? { submittedAt: at } : {}),
      },
      comment: request.comment,
      payload: decision.recordedPayload,
      actorRole: relationsOf(workflowTask, actor)[0] ?? user.roles[0] ?? null,
      at,
    });
  }
}

function outcomeOf(error: unknown): TransitionOutcome {
  if (!(error instanceof AppError)) return 'failed';
  return error.code === 'VERSION_CONFLICT' ? 'conflict' : 'refused';
}
