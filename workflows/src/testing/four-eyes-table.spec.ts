import { TASK_TYPES } from '@dondoc/domain';
import { FOUR_EYES_REASONS } from '../guards/four-eyes';
import { allowedEvents, allowedMoves } from '../lib/allowed';
import { decide } from '../lib/decide';
import { moveAdvisor } from '../lib/move-advisor';
import type { Decision, WorkflowTask } from '../lib/types';
import { FOUR_EYES_SITUATIONS, fourEyesCases, type FourEyesOutcome } from './four-eyes-table';
import { ACTOR_PROFILES, FIXTURE_NOW, type Situation, taskIn, validCommand } from './scenarios';

function outcomeOf(decision: Decision): FourEyesOutcome | string {
  if (decision.ok) return 'ok';
  return decision.rule ?? decision.code;
}

const tasks = new Map<Situation, WorkflowTask>();
function taskFor(type: (typeof TASK_TYPES)[number], situation: Situation): WorkflowTask {
  if (!tasks.has(situation)) tasks.set(situation, taskIn(type, situation));
  return tasks.get(situation) as WorkflowTask;
}

describe('the four-eyes table', () => {
  it.each(
    TASK_TYPES.flatMap((type) =>
      FOUR_EYES_SITUATIONS[type].map((situation) => [type, situation.name, situation] as const),
    ),
  )('%s fixture reaches «%s»', (type, _name, situation) => {
    expect(taskFor(type, situation).state).toBe(situation.state);
  });

  it('holds both four-eyes refusals for every type, so none is left untested', () => {
    for (const type of TASK_TYPES) {
      const rules = new Set(
        fourEyesCases()
          .filter((c) => c.type === type)
          .map((c) => c.expected),
      );
      expect([...rules].sort()).toEqual(['FORBIDDEN', 'FOUR_EYES_REVIEWER', 'FOUR_EYES_SUBMITTER', 'ok']);
    }
  });
});

describe('decide matches the four-eyes table', () => {
  it.each(TASK_TYPES)('%s: every situation × step × actor, with the reason of each refusal', (type) => {
    const mismatches: string[] = [];
    for (const { situation, event, profile, expected } of fourEyesCases().filter((c) => c.type === type)) {
      const decision = decide(
        taskFor(type, situation),
        ACTOR_PROFILES[profile],
        validCommand(event),
        FIXTURE_NOW,
      );
      const actual = outcomeOf(decision);
      if (actual !== expected)
        mismatches.push(`${situation.name} ${event} by ${profile}: ${actual}, expected ${expected}`);
      if (!decision.ok && decision.rule && decision.reason !== FOUR_EYES_REASONS[decision.rule])
        mismatches.push(`${situation.name} ${event} by ${profile}: reason «${decision.reason}»`);
      if (!decision.ok && decision.rule && decision.code !== 'FORBIDDEN')
        mismatches.push(`${situation.name} ${event} by ${profile}: code ${decision.code}`);
    }
    expect(mismatches).toEqual([]);
  });

  it.each(TASK_TYPES)(
    '%s: allowedEvents, allowedMoves and moveAdvisor offer exactly the accepted steps',
    (type) => {
      const mismatches: string[] = [];
      for (const situation of FOUR_EYES_SITUATIONS[type]) {
        const task = taskFor(type, situation);
        for (const [profile, actor] of Object.entries(ACTOR_PROFILES)) {
          const listed = Object.keys(situation.expected);
          const expected = fourEyesCases()
            .filter((c) => c.situation === situation && c.profile === profile && c.expected === 'ok')
            .map((c) => c.event)
            .sort();
          const offered = allowedEvents(task, actor, FIXTURE_NOW)
            .filter((event) => listed.includes(event))
            .sort();
          const dragged = allowedMoves(task, actor, FIXTURE_NOW)
            .map((move) => move.event)
            .filter((event) => listed.includes(event));
          const advised = moveAdvisor(actor)(task, FIXTURE_NOW)
            .map((move) => move.event)
            .filter((event) => listed.includes(event));
          if (offered.join() !== expected.join())
            mismatches.push(
              `${situation.name} ${profile}: offered [${offered.join()}] expected [${expected.join()}]`,
            );
          if (dragged.join() !== advised.join() || dragged.some((event) => !expected.includes(event)))
            mismatches.push(
              `${situation.name} ${profile}: dragged [${dragged.join()}], advised [${advised.join()}]`,
            );
        }
      }
      expect(mismatches).toEqual([]);
    },
  );

  it('says in Vietnamese why the submitter may not approve', () => {
    const situation = FOUR_EYES_SITUATIONS.document.find(
      (s) => s.name === 'office leads, reviewed',
    ) as Situation;
    expect(
      decide(
        taskFor('document', situation),
        ACTOR_PROFILES.office_head,
        validCommand('APPROVE'),
        FIXTURE_NOW,
      ),
    ).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      rule: 'FOUR_EYES_SUBMITTER',
      reason:
        'Nguyên tắc bốn mắt: bạn đã trình phiên bản này nên không thể tự thẩm tra, thẩm định hoặc phê duyệt; cần người khác thực hiện',
    });
  });
});
