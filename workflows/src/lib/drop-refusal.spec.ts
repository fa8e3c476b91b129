import { BOARD_COLUMNS, TASK_TYPES } from '@dondoc/domain';
import { FOUR_EYES_SITUATIONS } from '../testing/four-eyes-table';
import {
  acceptedAs,
  ACTOR_PROFILES,
  FIXTURE_NOW,
  fixtureTask,
  SITUATIONS,
  taskIn,
} from '../testing/scenarios';
import { allowedMoves } from './allowed';
import { columnOf } from './columns';
import { dropRefusal } from './drop-refusal';

const reviewed = () =>
  acceptedAs(acceptedAs(fixtureTask('document'), 'lead_staff', 'SUBMIT'), 'reviewer', 'REVIEW');

describe('dropRefusal', () => {
  it('allows a drop the board offers, even when its form still asks for something', () => {
    expect(dropRefusal(reviewed(), ACTOR_PROFILES.approver, 'approved', FIXTURE_NOW)).toBeNull();
  });

  it('says no event of the state leads to the column', () => {
    expect(dropRefusal(reviewed(), ACTOR_PROFILES.approver, 'draft', FIXTURE_NOW)).toEqual({
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
      reason: 'Không thể chuyển nhiệm vụ từ «Đã thẩm tra» sang «Dự thảo»',
    });
  });

  it('gives the reason of the relation that is missing', () => {
    expect(dropRefusal(reviewed(), ACTOR_PROFILES.reviewer, 'approved', FIXTURE_NOW)).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'Chỉ đơn vị phê duyệt của kế hoạch mới được phê duyệt hoặc trả lại ở bước này',
    });
  });

  it('gives the four-eyes reason to the reviewer who tries to approve', () => {
    const situation = FOUR_EYES_SITUATIONS.document.find(
      (candidate) => candidate.name === 'reviewer unit leads, reviewed by the office',
    );
    if (!situation) throw new Error('situation missing');
    expect(
      dropRefusal(taskIn('document', situation), ACTOR_PROFILES.approver, 'approved', FIXTURE_NOW),
    ).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      rule: 'FOUR_EYES_REVIEWER',
    });
  });

  it('finds the column of a compound target (a legal document submitted into appraisal)', () => {
    const consulted = ['START_CONSULTATION', 'GIVE_OPINION', 'CLOSE_CONSULTATION'] as const;
    let task = fixtureTask('legal_document');
    for (const event of consulted)
      task = acceptedAs(task, event === 'GIVE_OPINION' ? 'cooperator' : 'lead_staff', event);
    expect(dropRefusal(task, ACTOR_PROFILES.reviewer, 'submitted', FIXTURE_NOW)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(dropRefusal(task, ACTOR_PROFILES.lead_staff, 'submitted', FIXTURE_NOW)).toBeNull();
  });
});

describe('dropRefusal agrees with allowedMoves', () => {
  it.each(TASK_TYPES)(
    '%s: refuses exactly the columns the board does not offer, every situation and actor',
    (type) => {
      const mismatches: string[] = [];
      for (const situation of [...SITUATIONS[type], ...FOUR_EYES_SITUATIONS[type]]) {
        const task = taskIn(type, situation);
        for (const [profile, actor] of Object.entries(ACTOR_PROFILES)) {
          const offered = new Set(allowedMoves(task, actor, FIXTURE_NOW).map((move) => move.to));
          for (const column of BOARD_COLUMNS) {
            const refusal = dropRefusal(task, actor, column, FIXTURE_NOW);
            const stays = column === columnOf(type, task.state);
            const expected = stays || offered.has(column);
            if ((refusal === null) !== expected || (refusal !== null && !refusal.reason))
              mismatches.push(`${situation.name} ${profile} → ${column}: ${refusal?.code ?? 'allowed'}`);
          }
        }
      }
      expect(mismatches).toEqual([]);
    },
  );
});
