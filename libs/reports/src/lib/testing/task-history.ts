import type { TaskType } from '@dondoc/domain';
import {
  ACTOR_PROFILES,
  type ActorProfile,
  decide,
  FIXTURE_SEEDS,
  FIXTURE_UNITS,
  fixtureTask,
  validCommand,
  type WorkflowEventType,
  type WorkflowSeed,
  type WorkflowTask,
} from '@dondoc/workflows';
import type { ReportEvent, ReportTask } from '../figures/report-inputs';

/*
 * Test support: task histories written the way the backend writes them, by asking the real
 * machines (decide) and logging each accepted move with its states, version and recorded payload.
 */

export interface HistoryStep {
  as: ActorProfile;
  event: WorkflowEventType;
  at: string;
  payload?: Record<string, unknown>;
}

export class TaskHistory {
  readonly events: ReportEvent[] = [];
  private current: WorkflowTask;

  constructor(
    readonly taskId: string,
    type: TaskType,
    seed: WorkflowSeed = FIXTURE_SEEDS[type],
  ) {
    this.current = fixtureTask(type, seed);
  }

  get state(): string {
    return this.current.state;
  }

  /** Sends the step through decide(); logs it and answers true when accepted. */
  tryStep({ as, event, at, payload }: HistoryStep): boolean {
    const actor = ACTOR_PROFILES[as];
    const command = validCommand(event, payload);
    const decision = decide(this.current, actor, command, at);
    if (!decision.ok) return false;
    this.events.push({
      taskId: this.taskId,
      event,
      fromState: this.current.state,
      toState: decision.state,
      version: this.events.length + 2,
      payload: decision.recordedPayload,
      comment: command.comment ?? null,
      at,
      actorId: actor.userId,
      actorUnitId: actor.unitId,
    });
    this.current = { ...this.current, state: decision.state, context: decision.context };
    return true;
  }

  /** @throws when the machine refuses the step: the history under test is wrong. */
  step(as: ActorProfile, event: WorkflowEventType, at: string, payload?: Record<string, unknown>): this {
    if (!this.tryStep({ as, event, at, ...(payload ? { payload } : {}) })) {
      throw new Error(`${event} by ${as} at ${at} refused in state ${this.current.state}`);
    }
    return this;
  }
}

/** A task row of plan 158/KH-UBND, section I, led by the fixture's lead unit, due 10/3/2026. */
export function reportTask(overrides: Partial<ReportTask> & Pick<ReportTask, 'id'>): ReportTask {
  const type = overrides.type ?? 'document';
  return {
    planId: 'plan-158',
    parentId: null,
    sectionKey: 'I',
    leadUnitId: FIXTURE_UNITS.lead,
    type,
    createdAt: '2026-01-05T02:00:00.000Z',
    due: '2026-03-10',
    deadline: null,
    workflowSeed: FIXTURE_SEEDS[type],
    ...overrides,
  };
}
