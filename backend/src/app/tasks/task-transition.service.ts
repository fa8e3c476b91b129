import type { TransitionRequest, TransitionResponse } from '@dondoc/contracts';
import { decide, relationsOf } from '@dondoc/workflows';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../database/unit-of-work';
import { DeliverableSubmissions } from '../deliverables/deliverable-submissions';
import { Metrics, type TransitionOutcome } from '../metrics/metrics.service';
import { OutboxPublisher } from '../outbox/outbox-publisher';
import { CardReader } from './card-reader';
import { errorCodeOf } from './refusal';
import { TaskChangeRecorder } from './task-change-recorder';
import { type TransitionSnapshot, TransitionSnapshotReader } from './transition-snapshot';
import { cooperatorUnitIds, toWorkflowActor, toWorkflowTask } from './workflow-adapter';

/**
 * The stateless engine shell: load the row, let the pure machine decide, save the next state with
 * its event and the new version in one transaction, publish only after the commit.
 */
@Injectable()
export class TaskTransitionService {
  private readonly snapshots = new TransitionSnapshotReader();

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly recorder: TaskChangeRecorder,
    private readonly cards: CardReader,
    private readonly outbox: OutboxPublisher,
    private readonly clock: Clock,
    private readonly metrics: Metrics,
    private readonly deliverables: DeliverableSubmissions,
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
    await this.outbox.publishCommitted(message);
    return message;
  }

  /** The transition inside a transaction the caller owns; nothing is published. */
  async applyWithin(
    manager: EntityManager,
    taskId: string,
    user: AuthUser,
    request: TransitionRequest,
  ): Promise<TransitionResponse> {
    const { task, plan, links, children } = await this.snapshot(
      manager,
      taskId,
      user,
      request.expectedVersion,
    );
    // The answer's card is drawn from these reads, with unit codes kept per process.
    this.cards.remember(manager, task.id, { links, children });
    await this.cards.unitCodes(task.wardId, manager, [
      task.leadUnitId,
      user.unitId,
      ...links.map((link) => link.unitId),
    ]);
    const workflowTask = toWorkflowTask(task, plan, cooperatorUnitIds(links));
    const actor = toWorkflowActor(user);
    const at = this.clock.now().toISOString();
    // Deliverables: a SUBMIT freezes the draft files as a version and names them in the payload.
    const parties = { task, workflowTask, actor, user };
    const payload = await this.deliverables.beforeTransition(manager, parties, request, at);
    const command = { type: request.event as never, comment: request.comment, payload };
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

  /**
   * The task at the version the caller saw, with all a transition reads, in one query. Refusals
   * are the recorder's (404 outside the caller's ward, 409 with the current card): when the read
   * does not match, the recorder reads the task again and throws; if it does not, the task reached
   * the expected version in between, or the recorder admits the task from another ward, so read
   * again there.
   */
  private async snapshot(
    manager: EntityManager,
    taskId: string,
    user: AuthUser,
    expectedVersion: number,
  ): Promise<TransitionSnapshot> {
    let wardId = user.wardId;
    for (;;) {
      const snapshot = await this.snapshots.read(manager, taskId, wardId);
      if (snapshot?.task.version === expectedVersion) return snapshot;
      wardId = (await this.recorder.load(manager, taskId, user, expectedVersion)).wardId;
    }
  }
}

function outcomeOf(error: unknown): TransitionOutcome {
  if (!(error instanceof AppError)) return 'failed';
  return error.code === 'VERSION_CONFLICT' ? 'conflict' : 'refused';
}
