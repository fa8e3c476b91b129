import type { TaskType } from '@dondoc/domain';
import {
  ACTOR_PROFILE_NAMES,
  ACTOR_PROFILES,
  allowedEvents,
  expectedOutcome,
  FIXTURE_NOW,
  FOUR_EYES_SITUATIONS,
  SITUATIONS,
  taskIn,
  WORKFLOW_EVENT_TYPES,
} from '@dondoc/workflows';
import { fieldsFor } from '../move-form';
import { buttonActions, drawerActions, mayComment } from './drawer-actions';

function situationOf(type: TaskType, name: string) {
  const found = SITUATIONS[type].find((situation) => situation.name === name);
  if (!found) throw new Error(`No situation '${name}' of ${type}`);
  return found;
}

const TYPES = Object.keys(SITUATIONS) as TaskType[];
const CASES = TYPES.flatMap((type) =>
  SITUATIONS[type].flatMap((situation) =>
    ACTOR_PROFILE_NAMES.map((profile) => ({ type, situation, profile })),
  ),
);

describe('drawerActions', () => {
  it('walks all six machines', () => {
    expect(TYPES).toHaveLength(6);
    expect(CASES.length).toBeGreaterThan(6 * 12 * 5);
  });

  it.each(CASES.map((c) => [c.type, c.situation.name, c.profile, c] as const))(
    '%s, %s, %s: offers exactly the events the API accepts',
    (_type, _name, _profile, { type, situation, profile }) => {
      const task = taskIn(type, situation);
      const actor = ACTOR_PROFILES[profile];
      const offered = drawerActions(task, [{ actor }], FIXTURE_NOW).map((action) => action.event);
      expect(new Set(offered)).toEqual(new Set(allowedEvents(task, actor, FIXTURE_NOW)));
      // …and the permission table written by hand from the design, which the API tests hold the server to.
      const accepted = WORKFLOW_EVENT_TYPES.filter(
        (event) => expectedOutcome(type, situation.name, event, profile) === 'ok',
      );
      expect(new Set(offered)).toEqual(new Set(accepted));
      expect(offered).toHaveLength(new Set(offered).size);
    },
  );

  const FOUR_EYES_CASES = TYPES.flatMap((type) =>
    FOUR_EYES_SITUATIONS[type].flatMap((situation) =>
      ACTOR_PROFILE_NAMES.map((profile) => ({ type, situation, profile })),
    ),
  );

  it.each(FOUR_EYES_CASES.map((c) => [c.type, c.situation.name, c.profile, c] as const))(
    'four eyes: %s, %s, %s: offers exactly what the API accepts, never a step the table refuses',
    (_type, _name, _profile, { type, situation, profile }) => {
      const task = taskIn(type, situation);
      const actor = ACTOR_PROFILES[profile];
      const offered = new Set(drawerActions(task, [{ actor }], FIXTURE_NOW).map((action) => action.event));
      expect(offered).toEqual(new Set(allowedEvents(task, actor, FIXTURE_NOW)));
      for (const [event, outcomes] of Object.entries(situation.expected))
        expect([event, offered.has(event as never)]).toEqual([event, outcomes?.[profile] === 'ok']);
    },
  );

  it('offers the steps that keep a card in its column, with their forms', () => {
    const consultation = situationOf('legal_document', 'consultation');
    const task = taskIn('legal_document', consultation);
    const [opinion] = drawerActions(task, [{ actor: ACTOR_PROFILES.cooperator }], FIXTURE_NOW).filter(
      (action) => action.event === 'GIVE_OPINION',
    );
    expect(opinion).toMatchObject({ to: 'draft', needs: ['opinion'] });
    expect(fieldsFor(opinion).map((field) => field.key)).toEqual(['opinion']);
  });

  it('asks the approver for a reason to refuse an extension and nothing to grant it', () => {
    const pending = situationOf('document', 'draft + extension pending');
    const actions = drawerActions(taskIn('document', pending), [{ actor: ACTOR_PROFILES.approver }]);
    const fieldsOf = (event: string) =>
      actions
        .filter((action) => action.event === event)
        .flatMap((action) => fieldsFor(action).map((field) => [field.key, field.required]));
    expect(fieldsOf('REFUSE_EXTENSION')).toEqual([['reason', true]]);
    expect(fieldsOf('GRANT_EXTENSION')).toEqual([['comment', false]]);
    expect(fieldsOf('REQUEST_EXTENSION')).toEqual([]);
  });

  it("adds a stand-in's actions, marked with whom they are made for, after the user's own", () => {
    const submitted = situationOf('document', 'submitted');
    const task = taskIn('document', submitted);
    const clerk = ACTOR_PROFILES.reviewer_clerk;
    const reviewer = { ...ACTOR_PROFILES.reviewer, userId: clerk.userId };
    const actions = drawerActions(
      task,
      [{ actor: clerk }, { actor: reviewer, onBehalfOf: { id: 'u-reviewer', name: 'Trần Thị B' } }],
      FIXTURE_NOW,
    );
    expect(actions.filter((a) => !a.onBehalfOf).map((a) => a.event)).toEqual(
      allowedEvents(task, clerk, FIXTURE_NOW),
    );
    expect(actions.find((a) => a.event === 'REVIEW')?.onBehalfOf?.name).toBe('Trần Thị B');
  });

  it('draws every action as a button but the comment, which opens the comment box', () => {
    const actions = drawerActions(taskIn('document', SITUATIONS.document[0]), [
      { actor: ACTOR_PROFILES.lead_staff },
    ]);
    expect(buttonActions(actions).map((a) => a.event)).not.toContain('COMMENT');
    expect(mayComment(actions)).toBe(true);
    expect(mayComment(drawerActions(taskIn('document', SITUATIONS.document[0]), []))).toBe(false);
  });
});
