import { engineActor } from '../guards/permissions';
import { ACTOR_PROFILES, FIXTURE_NOW, FIXTURE_SEEDS, FIXTURE_WARD, fixtureTask } from '../testing/scenarios';
import { allowedEvents } from './allowed';
import { decide } from './decide';
import { replay } from './replay';
import type { ChildrenTally, WorkflowTask } from './types';

const ENGINE = engineActor(FIXTURE_WARD);
const parentWith = (children?: ChildrenTally): WorkflowTask => ({
  ...fixtureTask('document'),
  ...(children ? { children } : {}),
});
const finish = (task: WorkflowTask) => decide(task, ENGINE, { type: 'CHILDREN_DONE' }, FIXTURE_NOW);

describe('a fan-out parent finishes with its children', () => {
  it('is approved by the engine when every child is approved or cancelled and one was approved', () => {
    const decision = finish(parentWith({ total: 9, approved: 7, cancelled: 2 }));
    expect(decision).toMatchObject({ ok: true, state: 'approved', column: 'approved' });
    expect(decision.ok && decision.recordedPayload).toEqual({
      children: { total: 9, approved: 7, cancelled: 2 },
    });
  });

  it('is cancelled, with the reason, when every child was cancelled', () => {
    const decision = finish(parentWith({ total: 2, approved: 0, cancelled: 2 }));
    expect(decision).toMatchObject({ ok: true, state: 'cancelled' });
    expect(decision.ok && decision.context.cancelReason).toBe('Mọi nhiệm vụ con đều đã huỷ');
  });

  it.each([
    ['while a child is still open', { total: 9, approved: 7, cancelled: 1 }],
    ['for a task with no children', undefined],
  ])('is not accepted %s', (_name, children) => {
    expect(finish(parentWith(children))).toEqual({
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
      reason: 'Còn nhiệm vụ con chưa được phê duyệt hoặc huỷ',
    });
  });

  it.each(['approver', 'admin', 'lead_head'] as const)(
    'is never done by a person (%s), nor offered to one',
    (profile) => {
      const parent = parentWith({ total: 1, approved: 1, cancelled: 0 });
      expect(decide(parent, ACTOR_PROFILES[profile], { type: 'CHILDREN_DONE' }, FIXTURE_NOW)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(allowedEvents(parent, ACTOR_PROFILES[profile], FIXTURE_NOW)).not.toContain('CHILDREN_DONE');
    },
  );

  it('does not take counts a client slips into the payload', () => {
    const command = {
      type: 'CHILDREN_DONE' as const,
      payload: { children: { total: 1, approved: 1, cancelled: 0 } },
    };
    expect(decide(parentWith(), ENGINE, command, FIXTURE_NOW)).toMatchObject({
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
    });
  });

  it('replays from the counts pinned in the log', () => {
    const decision = finish(parentWith({ total: 3, approved: 3, cancelled: 0 }));
    if (!decision.ok) throw new Error(decision.reason);
    const log = [
      {
        actor: ENGINE,
        command: { type: 'CHILDREN_DONE' as const, payload: decision.recordedPayload },
        at: FIXTURE_NOW,
      },
    ];
    expect(replay('document', log, FIXTURE_SEEDS.document)).toEqual({
      state: 'approved',
      context: decision.context,
    });
  });
});
