import type { TransitionRequest, TransitionResponse } from '@dondoc/contracts';
import { decide, relationsOf } from '@dondoc/workflows';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { leanStatements } from '../database/lean-statements';
import { UnitOfWork } from '../database/unit-of-work';
import { DeliverableSubmissions, type TransitionParties } from '../deliverables/deliverable-submissions';
import { Metrics, type TransitionOutcome } from '../metrics/metrics.service';
import { NotificationWriter } from '../notifications/notification-writer';
import { OutboxPublisher } from '../outbox/outbox-publisher';
import type { TaskEntity } from '../task-model/entities/task.entity';
import { cooperatorUnitIds, toWorkflowActor, toWorkflowTask } from '../task-model/workflow-adapter';
import { clientRequestChecked } from './client-payload';
import { childrenDoneChange, childrenTally, settlesItsParent } from './fan-out-parent';
import { WorkflowRefusal } from './refusal';
import { type TaskChange, TaskChangeRecorder } from './task-change-recorder';
import { type TransitionSnapshot, TransitionSnapshotReader } from './transition-snapshot';

/**
 * The stateless engine shell. One move, in this order:
 * snapshot → freeze deliverables → decide → change the row → read whom to notify → append to the
 * ward's chain → stage the outbox row and the notifications (one statement), all in one
 * transaction, then publish after the commit.
 */
@Injectable()
export class TaskTransitionService {
  private readonly snapshots = new TransitionSnapshotReader();
  /** A move's answer → the parent it finished in the same transaction, published after it. */
  private readonly finishedParents = new WeakMap<TransitionResponse, TransitionResponse>();

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly deliverables: DeliverableSubmissions,
    private readonly recorder: TaskChangeRecorder,
    private readonly outbox: OutboxPublisher,
    private readonly notifications: NotificationWriter,
    private readonly clock: Clock,
    private readonly metrics: Metrics,
  ) {}

  /**
   * `client`: the request as a client sent it, checked against the fields its event declares
   * before anything is decided (400 naming each wrong key); absent for the server's own moves.
   */
  async transition(
    taskId: string,
    user: AuthUser,
    request: TransitionRequest,
    client?: TransitionRequest,
  ): Promise<TransitionResponse> {
    let message: TransitionResponse;
    try {
      message = await this.unitOfWork.run((manager) =>
        this.applyWithin(manager, taskId, user, request, client),
      );
    } catch (error) {
      this.metrics.taskTransition(request.event, outcomeOf(error));
      throw error;
    }
    this.metrics.taskTransition(request.event, 'applied');
    await this.outbox.publishCommitted(message);
    const parent = this.finishedParents.get(message);
    if (parent) await this.outbox.publishCommitted(parent);
    return message;
  }

  /** The move inside a transaction the caller owns; the caller publishes after its commit. */
  async applyWithin(
    manager: EntityManager,
    taskId: string,
    user: AuthUser,
    served: TransitionRequest,
    client?: TransitionRequest,
  ): Promise<TransitionResponse> {
    const at = this.clock.now().toISOString();
    const snapshot = await this.snapshotAt(manager, taskId, user, served.expectedVersion);
    const request = client ? clientRequestChecked(snapshot.task.type, client, served) : served;
    const parties = partiesOf(snapshot, user);
    const payload = await this.deliverables.beforeTransition(manager, parties, request, at);
    const change = decided(parties, { ...request, payload }, at);
    const changed = await this.recorder.change(manager, snapshot, user, change);
    // Read before the chain's head is locked: on PostgreSQL the ward's other moves wait for it.
    const asked = await this.notifications.askedByEvent(manager, changed.event, changed.task, snapshot.plan);
    const recorded = await this.recorder.append(manager, changed);
    await leanStatements.insertTogether(manager, [
      this.outbox.staged(recorded.task.wardId, recorded.message),
      ...this.notifications.rowsForEvent(manager, recorded.event, recorded.task, asked),
    ]);
    const parent = await this.finishParent(manager, recorded.task, at);
    if (parent) this.finishedParents.set(recorded.message, parent);
    return recorded.message;
  }

  /**
   * A fan-out parent finishes with its children: once a child is approved or cancelled, the engine
   * counts the parent's children in the same transaction and sends CHILDREN_DONE, logged in the
   * ward's chain and staged in the outbox like any move. Callers that publish only their own
   * answer leave the parent's message to the outbox sweep.
   */
  private async finishParent(
    manager: EntityManager,
    child: TaskEntity,
    at: string,
  ): Promise<TransitionResponse | null> {
    if (!settlesItsParent(child)) return null;
    const snapshot = await this.snapshots.read(manager, child.parentId, child.wardId);
    if (!snapshot) return null;
    const change = childrenDoneChange(snapshot, await childrenTally(manager, child.parentId), at);
    if (!change) return null;
    const recorded = await this.recorder.record(manager, snapshot, null, change);
    await this.outbox.stage(manager, recorded.task.wardId, recorded.message);
    return recorded.message;
  }

  /**
   * The task at the version the caller saw, with all a move reads, in one query: 404 outside the
   * caller's ward, 409 with the current card when the version is not the one the caller saw.
   */
  private async snapshotAt(
    manager: EntityManager,
    taskId: string,
    user: AuthUser,
    expectedVersion: number,
  ): Promise<TransitionSnapshot> {
    const snapshot = await this.snapshots.read(manager, taskId, user.wardId);
    if (!snapshot) throw notFound('nhiệm vụ');
    if (snapshot.task.version !== expectedVersion) throw await this.recorder.conflict(manager, snapshot.task);
    return snapshot;
  }
}

function partiesOf({ task, plan, links }: TransitionSnapshot, user: AuthUser): TransitionParties {
  const workflowTask = toWorkflowTask(task, plan, cooperatorUnitIds(links));
  return { task, workflowTask, actor: toWorkflowActor(user), user };
}

/** The machine's answer as the row's change, or the refusal it gives. */
function decided(
  { task, workflowTask, actor, user }: TransitionParties,
  request: TransitionRequest,
  at: string,
): TaskChange {
  const command = { type: request.event as never, comment: request.comment, payload: request.payload };
  const decision = decide(workflowTask, actor, command, at);
  if (!decision.ok) throw new WorkflowRefusal(decision.code, decision.reason, decision.rule);
  return {
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
    actorRole: relationsOf(workflowTask, actor)[0] ?? user?.roles[0] ?? null,
    at,
  };
}

function outcomeOf(error: unknown): TransitionOutcome {
  if (!(error instanceof AppError)) return 'failed';
  return error.code === 'VERSION_CONFLICT' ? 'conflict' : 'refused';
}
