import { TASK_TYPES, type TaskType } from '@dondoc/domain';
import fc from 'fast-check';
import { decide } from '../lib/decide';
import { replay, type LoggedEvent } from '../lib/replay';
import { WORKFLOW_EVENT_TYPES, type WorkflowCommand, type WorkflowEventType } from '../lib/types';
import {
  ACTOR_PROFILE_NAMES,
  ACTOR_PROFILES,
  FIXTURE_SEEDS,
  fixtureTask,
  validCommand,
  type ActorProfile,
} from './scenarios';

/** Random commands: mostly valid payloads (so tasks get somewhere), some empty, some junk. */
const payloadVariant = fc.oneof(
  { weight: 6, arbitrary: fc.constant('valid' as const) },
  { weight: 1, arbitrary: fc.constant('empty' as const) },
  { weight: 1, arbitrary: fc.dictionary(fc.string(), fc.jsonValue()) },
);

interface Move {
  actorAndEvent: readonly [ActorProfile, WorkflowEventType];
  payload: 'valid' | 'empty' | Record<string, unknown>;
  comment: string | undefined;
  deadlinePassed: boolean;
}

/** Who usually moves a task forward, and how: drawn more often than random pairs, so tasks get far. */
const FORWARD_MOVES: readonly (readonly [ActorProfile, WorkflowEventType])[] = [
  ['lead_staff', 'SUBMIT'],
  ['lead_staff', 'SUBMIT_VALUE'],
  ['lead_staff', 'CLOSE'],
  ['lead_staff', 'REPORT_PROGRESS'],
  ['lead_staff', 'RECORD_TRIGGER'],
  ['lead_staff', 'START_CONSULTATION'],
  ['lead_staff', 'CLOSE_CONSULTATION'],
  ['cooperator', 'GIVE_OPINION'],
  ['reviewer', 'REVIEW'],
  ['approver', 'APPRAISE'],
  ['approver', 'APPROVE'],
];

const actorAndEvent = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FORWARD_MOVES) },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constantFrom<ActorProfile>(...ACTOR_PROFILE_NAMES),
      fc.constantFrom<WorkflowEventType>(...WORKFLOW_EVENT_TYPES),
    ),
  },
);

const move: fc.Arbitrary<Move> = fc.record({
  actorAndEvent,
  payload: payloadVariant,
  comment: fc.option(fc.string(), { nil: undefined }),
  deadlinePassed: fc.boolean(),
});

function commandOf(m: Move): WorkflowCommand {
  const [, event] = m.actorAndEvent;
  const base =
    m.payload === 'valid'
      ? validCommand(event)
      : { type: event, payload: m.payload === 'empty' ? {} : m.payload };
  const payload =
    event === 'CLOSE_CONSULTATION' ? { ...base.payload, deadlinePassed: m.deadlinePassed } : base.payload;
  return { ...base, payload, ...(m.comment === undefined ? {} : { comment: m.comment }) };
}

/** One hour apart from a fixed morning, so date rules in the valid payloads keep holding. */
function timeOf(index: number): string {
  return new Date(Date.parse('2026-03-02T01:00:00Z') + index * 3_600_000).toISOString();
}

describe('random event sequences by random actors', () => {
  it('never throw, never approve without review, and replay to the decided state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<TaskType>(...TASK_TYPES),
        fc.array(move, { maxLength: 150 }),
        (type, moves) => {
          let task = fixtureTask(type);
          const history = [task.state];
          const log: LoggedEvent[] = [];
          moves.forEach((m, index) => {
            const command = commandOf(m);
            const decision = decide(task, ACTOR_PROFILES[m.actorAndEvent[0]], command, timeOf(index));
            if (!decision.ok) return;
            task = {
              ...task,
              state: decision.state,
              context: decision.context,
              machineVersion: decision.machineVersion,
            };
            history.push(decision.state);
            log.push({
              actor: ACTOR_PROFILES[m.actorAndEvent[0]],
              command: { ...command, payload: decision.recordedPayload },
              at: timeOf(index),
            });
          });

          const approvedAt = history.indexOf('approved');
          if (approvedAt >= 0) expect(history.slice(0, approvedAt)).toContain('reviewed');
          expect(replay(type, log, FIXTURE_SEEDS[type])).toEqual({
            state: task.state,
            context: task.context,
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each(TASK_TYPES)(
    'reach approval of %s often enough for the property above to mean something',
    (type) => {
      const approvedPaths = fc.sample(
        fc.array(move, { minLength: 100, maxLength: 150 }).map((moves) => {
          let task = fixtureTask(type);
          moves.forEach((m, index) => {
            const decision = decide(task, ACTOR_PROFILES[m.actorAndEvent[0]], commandOf(m), timeOf(index));
            if (decision.ok) task = { ...task, state: decision.state, context: decision.context };
          });
          return task.state;
        }),
        { numRuns: 50, seed: 42 },
      );
      expect(approvedPaths.filter((state) => state === 'approved').length).toBeGreaterThan(0);
    },
  );
});
