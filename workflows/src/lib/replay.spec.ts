import { ACTOR_PROFILES, FIXTURE_STEP_TIME, validCommand } from '../testing/scenarios';
import { initialWorkflow } from './initial';
import { replay, ReplayError } from './replay';

const at = FIXTURE_STEP_TIME;

describe('replay', () => {
  it('starts from the initial state and seed', () => {
    expect(replay('target', [], { targetOperator: '<=', targetValue: 2 })).toEqual({
      state: 'draft',
      context: initialWorkflow('target', { targetOperator: '<=', targetValue: 2 }).context,
    });
  });

  it('folds a logged consultation with its pinned consultees', () => {
    const folded = replay('legal_document', [
      {
        actor: ACTOR_PROFILES.lead_staff,
        command: validCommand('START_CONSULTATION', { consultees: ['a', 'b'] }),
        at,
      },
      { actor: { ...ACTOR_PROFILES.cooperator, unitId: 'a' }, command: validCommand('GIVE_OPINION'), at },
      {
        actor: ACTOR_PROFILES.admin,
        command: validCommand('CLOSE_CONSULTATION', { deadlinePassed: true }),
        at,
      },
    ]);
    expect(folded.state).toBe('consulted');
    expect(folded.context.opinions.map((opinion) => [opinion.unitId, opinion.noOpinion])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });

  it.each([
    ['an event the state does not take', [validCommand('APPROVE')], 0, 'APPROVE'],
    ['an event whose payload was never valid', [validCommand('SUBMIT', { deliverableRef: '' })], 0, 'SUBMIT'],
    ['an unknown event', [validCommand('SUBMIT'), { type: 'PUBLISH' as never }], 1, 'PUBLISH'],
  ])('throws on %s: the log is corrupt', (_name, commands, index, eventType) => {
    const events = commands.map((command) => ({ actor: ACTOR_PROFILES.lead_staff, command, at }));
    expect(() => replay('document', events)).toThrow(ReplayError);
    expect(() => replay('document', events)).toThrow(`Event #${index} (${eventType})`);
  });
});
