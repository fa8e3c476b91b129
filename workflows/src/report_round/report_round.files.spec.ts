import { decideRound, openRound } from './report_round.decide';
import { fileCountProblem, partFilesRefusal, readsPartFiles } from './report_round.files';
import { fullResults, ROUND_ACTORS, ROUND_SEED, ROUND_UNITS, vnTime } from './report_round.fixtures';
import { MAX_FILES_PER_RESULT } from './report_round.rules';
import type { RoundActor, RoundCommand, RoundSnapshot } from './report_round.types';

const { ktht, vhxh } = ROUND_UNITS;
const AT = vnTime('03-10');

function opened(): RoundSnapshot {
  const decision = openRound(ROUND_SEED);
  if (!decision.ok) throw new Error(decision.reason);
  return { state: decision.state, context: decision.context };
}

function after(round: RoundSnapshot, actor: RoundActor, command: RoundCommand): RoundSnapshot {
  const decision = decideRound(round, actor, command, AT);
  if (!decision.ok) throw new Error(`${command.type} refused: ${decision.reason}`);
  return { state: decision.state, context: decision.context };
}

describe('files of a round part', () => {
  it('change while the part is asked, in draft or returned, by the unit’s own staff or head only', () => {
    const asked = opened();
    expect(partFilesRefusal(asked, ROUND_ACTORS.kthtStaff, ktht, AT)).toBeNull();
    const draft = after(asked, ROUND_ACTORS.kthtStaff, {
      type: 'SAVE_PART',
      unitId: ktht,
      payload: { results: [{ taskId: 'task-1', result: 'Đang làm' }] },
    });
    expect(draft.context.parts[ktht].state).toBe('draft');
    expect(partFilesRefusal(draft, ROUND_ACTORS.kthtStaff, ktht, AT)).toBeNull();

    expect(partFilesRefusal(draft, ROUND_ACTORS.vhxhHead, ktht, AT)).toMatchObject({ code: 'FORBIDDEN' });
    expect(partFilesRefusal(draft, ROUND_ACTORS.officeStaff, ktht, AT)).toMatchObject({ code: 'FORBIDDEN' });
    expect(partFilesRefusal(draft, ROUND_ACTORS.leader, ktht, AT)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('stay as handed in while Văn phòng holds the part, and open again when it is returned', () => {
    const submitted = after(opened(), ROUND_ACTORS.kthtStaff, fullResults(ktht));
    expect(partFilesRefusal(submitted, ROUND_ACTORS.kthtStaff, ktht, AT)).toMatchObject({
      code: 'EVENT_NOT_ACCEPTED',
      reason: expect.stringContaining('Đã gửi'),
    });
    const returned = after(submitted, ROUND_ACTORS.officeStaff, {
      type: 'RETURN_PART',
      unitId: ktht,
      payload: { reason: 'Thiếu biên bản' },
    });
    expect(partFilesRefusal(returned, ROUND_ACTORS.kthtStaff, ktht, AT)).toBeNull();
    const accepted = after(
      after(returned, ROUND_ACTORS.kthtStaff, fullResults(ktht)),
      ROUND_ACTORS.officeStaff,
      { type: 'ACCEPT_PART', unitId: ktht },
    );
    expect(partFilesRefusal(accepted, ROUND_ACTORS.kthtStaff, ktht, AT)).toMatchObject({
      code: 'EVENT_NOT_ACCEPTED',
    });
  });

  it('are refused for a unit the round did not ask', () => {
    expect(partFilesRefusal(opened(), ROUND_ACTORS.kthtStaff, 'unit-other', AT)).toMatchObject({
      code: 'INVALID_PAYLOAD',
    });
  });

  it('are read by the unit, Văn phòng and leadership, not by another unit', () => {
    const { context } = opened();
    expect(readsPartFiles(ROUND_ACTORS.kthtStaff, context, ktht)).toBe(true);
    expect(readsPartFiles(ROUND_ACTORS.officeStaff, context, ktht)).toBe(true);
    expect(readsPartFiles(ROUND_ACTORS.officeHead, context, vhxh)).toBe(true);
    expect(readsPartFiles(ROUND_ACTORS.leader, context, ktht)).toBe(true);
    expect(readsPartFiles(ROUND_ACTORS.vhxhHead, context, ktht)).toBe(false);
  });

  it(`take at most ${MAX_FILES_PER_RESULT} files per task line`, () => {
    expect(fileCountProblem(MAX_FILES_PER_RESULT - 1)).toBeNull();
    expect(fileCountProblem(MAX_FILES_PER_RESULT)).toContain(String(MAX_FILES_PER_RESULT));
  });
});
