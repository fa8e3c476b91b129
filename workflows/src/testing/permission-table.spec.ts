import { TASK_TYPES, type TaskType } from '@dondoc/domain';
import { allowedEvents } from '../lib/allowed';
import { decide } from '../lib/decide';
import { STATES_OF } from '../lib/registry';
import type { WorkflowTask } from '../lib/types';
import { PERMISSION_EXPECTATIONS, permissionCases } from './permission-table';
import { ACTOR_PROFILES, FIXTURE_NOW, SITUATIONS, type Situation, taskIn, validCommand } from './scenarios';

describe('the permission table', () => {
  it('has exactly one row per situation of each type', () => {
    for (const type of TASK_TYPES) {
      expect(Object.keys(PERMISSION_EXPECTATIONS[type]).sort()).toEqual(
        SITUATIONS[type].map((situation) => situation.name).sort(),
      );
    }
  });

  it('covers every state of every machine', () => {
    for (const type of TASK_TYPES) {
      const covered = new Set(SITUATIONS[type].map((situation) => situation.state));
      expect([...STATES_OF[type]].sort()).toEqual([...covered].sort());
    }
  });

  it.each(
    TASK_TYPES.flatMap((type) =>
      SITUATIONS[type].map((situation) => [type, situation.name, situation] as const),
    ),
  )('%s fixture reaches %s', (type, _name, situation) => {
    expect(taskIn(type, situation).state).toBe(situation.state);
  });
});

describe('decide matches the permission table', () => {
  const cases = permissionCases();
  const tasks = new Map<Situation, WorkflowTask>();
  const taskFor = (type: TaskType, situation: Situation) => {
    if (!tasks.has(situation)) tasks.set(situation, taskIn(type, situation));
    return tasks.get(situation) as WorkflowTask;
  };

  it.each(TASK_TYPES)('%s: every situation × event × actor', (type) => {
    const mismatches: string[] = [];
    for (const { situation, event, profile, expected } of cases.filter((c) => c.type === type)) {
      const decision = decide(
        taskFor(type, situation),
        ACTOR_PROFILES[profile],
        validCommand(event),
        FIXTURE_NOW,
      );
      const actual = decision.ok ? 'ok' : decision.code;
      if (actual !== expected)
        mismatches.push(`${situation.name} ${event} by ${profile}: ${actual}, expected ${expected}`);
    }
    expect(mismatches).toEqual([]);
  });

  it.each(TASK_TYPES)('%s: allowedEvents lists exactly the accepted events', (type) => {
    const mismatches: string[] = [];
    for (const situation of SITUATIONS[type]) {
      const task = taskFor(type, situation);
      for (const [profile, actor] of Object.entries(ACTOR_PROFILES)) {
        const expected = cases
          .filter(
            (c) =>
              c.type === type && c.situation === situation && c.profile === profile && c.expected === 'ok',
          )
          .map((c) => c.event);
        const actual = allowedEvents(task, actor, FIXTURE_NOW);
        if (actual.join() !== expected.join()) {
          mismatches.push(`${situation.name} ${profile}: [${actual.join()}] expected [${expected.join()}]`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('gives the reason of a refusal in Vietnamese', () => {
    const draft = taskIn('document', SITUATIONS.document[0]);
    expect(decide(draft, ACTOR_PROFILES.reviewer, validCommand('SUBMIT'), FIXTURE_NOW)).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'Chỉ đơn vị chủ trì mới được trình kết quả',
    });
    const approved = { ...draft, state: 'approved' };
    expect(decide(approved, ACTOR_PROFILES.lead_staff, validCommand('SUBMIT'), FIXTURE_NOW)).toEqual({
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
      reason: 'Nhiệm vụ đang ở trạng thái «Đã duyệt», không thể «Trình»',
    });
  });
});
