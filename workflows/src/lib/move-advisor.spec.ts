import { TASK_TYPES } from '@dondoc/domain';
import {
  ACTOR_PROFILE_NAMES,
  ACTOR_PROFILES,
  FIXTURE_NOW,
  fixtureTask,
  SITUATIONS,
  taskIn,
} from '../testing/scenarios';
import { allowedMoves } from './allowed';
import { moveAdvisor } from './move-advisor';

describe('moveAdvisor', () => {
  it('answers like allowedMoves for every situation of every type and every actor, asked twice', () => {
    for (const profile of ACTOR_PROFILE_NAMES) {
      const actor = ACTOR_PROFILES[profile];
      const advise = moveAdvisor(actor);
      for (const round of [1, 2])
        for (const type of TASK_TYPES)
          for (const situation of SITUATIONS[type]) {
            const task = taskIn(type, situation);
            expect({
              round,
              profile,
              type,
              situation: situation.name,
              moves: advise(task, FIXTURE_NOW),
            }).toEqual({
              round,
              profile,
              type,
              situation: situation.name,
              moves: allowedMoves(task, actor, FIXTURE_NOW),
            });
          }
    }
  });

  it('tells apart tasks that differ only in the actor’s relation to them', () => {
    const advise = moveAdvisor(ACTOR_PROFILES.lead_staff);
    const mine = fixtureTask('document');
    const othersUnit = { ...mine, leadUnitId: 'some-other-unit' };
    expect(advise(mine, FIXTURE_NOW)).toEqual([{ event: 'SUBMIT', to: 'submitted', needs: ['deliverable'] }]);
    expect(advise(othersUnit, FIXTURE_NOW)).toEqual(
      allowedMoves(othersUnit, ACTOR_PROFILES.lead_staff, FIXTURE_NOW),
    );
    expect(advise(othersUnit, FIXTURE_NOW)).toEqual([]);
  });

  it('asks again on another day: date conditions may have changed', () => {
    const advise = moveAdvisor(ACTOR_PROFILES.lead_head);
    const spanNotEnded = SITUATIONS.ongoing.find(({ name }) => name === 'in_progress, span not ended');
    if (!spanNotEnded)
      throw new Error('the ongoing fixtures lost their situation «in_progress, span not ended»');
    const ongoing = taskIn('ongoing', spanNotEnded);
    const during = '2026-06-01T03:00:00Z';
    const after = '2027-01-04T03:00:00Z';
    expect(advise(ongoing, during)).toEqual(allowedMoves(ongoing, ACTOR_PROFILES.lead_head, during));
    expect(advise(ongoing, after)).toEqual(allowedMoves(ongoing, ACTOR_PROFILES.lead_head, after));
    expect(advise(ongoing, after)).not.toEqual(advise(ongoing, during));
  });
});
