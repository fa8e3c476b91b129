import {
  decideRound,
  openRound,
  replayRound,
  RoundReplayError,
  type LoggedRoundEvent,
} from './report_round.decide';
import { roundFigures } from './report_round.figures';
import { fullResults, ROUND_ACTORS, ROUND_SEED, ROUND_UNITS, vnTime } from './report_round.fixtures';
import type { RoundActor, RoundCommand, RoundSnapshot } from './report_round.types';

const { office, ktht, vhxh } = ROUND_UNITS;

function opened(): RoundSnapshot {
  const decision = openRound(ROUND_SEED);
  if (!decision.ok) throw new Error(decision.reason);
  return { state: decision.state, context: decision.context };
}

function run(steps: LoggedRoundEvent[], round = opened()): RoundSnapshot {
  return steps.reduce((current, { actor, command, at }) => {
    const decision = decideRound(current, actor, command, at);
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.reason}`);
    return { state: decision.state, context: decision.context };
  }, round);
}

const step = (actor: RoundActor, command: RoundCommand, at: string): LoggedRoundEvent => ({
  actor,
  command,
  at,
});

/** A quarterly round: KTHT hands in on time and is accepted; VHXH is returned once and hands in again late. */
const JOURNEY: LoggedRoundEvent[] = [
  step(
    ROUND_ACTORS.kthtStaff,
    {
      type: 'SAVE_PART',
      unitId: ktht,
      payload: { results: [{ taskId: 'task-1', result: 'Đang triển khai' }] },
    },
    vnTime('03-09'),
  ),
  step(ROUND_ACTORS.kthtStaff, fullResults(ktht), vnTime('03-10')),
  step(ROUND_ACTORS.officeStaff, { type: 'ACCEPT_PART', unitId: ktht }, vnTime('03-11')),
  step(ROUND_ACTORS.vhxhHead, fullResults(vhxh), vnTime('03-12')),
  step(
    ROUND_ACTORS.officeStaff,
    { type: 'RETURN_PART', unitId: vhxh, payload: { reason: 'Thiếu số liệu khu phố 3' } },
    vnTime('03-13'),
  ),
  step(ROUND_ACTORS.vhxhHead, fullResults(vhxh), vnTime('03-17')),
  step(ROUND_ACTORS.officeStaff, { type: 'ACCEPT_PART', unitId: vhxh }, vnTime('03-17', '15:00')),
  step(
    ROUND_ACTORS.officeStaff,
    { type: 'COMPILE', payload: { text: 'Dự thảo báo cáo quý I' } },
    vnTime('03-18'),
  ),
  step(
    ROUND_ACTORS.officeStaff,
    { type: 'EDIT_COMPILED', payload: { text: 'Báo cáo kết quả quý I/2026' } },
    vnTime('03-18', '10:00'),
  ),
  step(ROUND_ACTORS.officeHead, { type: 'CLOSE_ROUND' }, vnTime('03-19')),
];

describe('report round', () => {
  it('opens with every lead unit asked for a result per task', () => {
    const round = opened();
    expect(round.state).toBe('collecting');
    expect(round.context.unitIds).toEqual([ktht, vhxh]);
    expect(round.context.parts[ktht]).toMatchObject({
      state: 'asked',
      taskIds: ['task-1', 'task-2'],
      results: [],
    });
  });

  it('runs asked → draft → submitted → accepted, returned → resubmitted, then compiles and closes', () => {
    const closed = run(JOURNEY);
    expect(closed.state).toBe('closed');
    expect(closed.context).toMatchObject({
      compiledText: 'Báo cáo kết quả quý I/2026',
      missingUnitIds: [],
      closedAt: vnTime('03-19'),
    });
    expect(closed.context.parts[vhxh]).toMatchObject({
      state: 'accepted',
      returns: 1,
      returnReason: null,
      submittedAt: vnTime('03-17'),
    });
    expect(closed.context.parts[ktht].results.map((result) => result.taskId)).toEqual(['task-1', 'task-2']);
    expect(roundFigures(closed, vnTime('03-19'))).toEqual({
      units: 2,
      accepted: 2,
      acceptedOnTime: 1,
      acceptedLate: 1,
      awaitingDecision: 0,
      notHandedIn: 0,
      returns: 1,
      lateUnitIds: [vhxh],
      missingUnitIds: [],
    });
  });

  it('keeps the return reason on the part until it is handed in again', () => {
    const returned = run(JOURNEY.slice(0, 5));
    expect(returned.context.parts[vhxh]).toMatchObject({
      state: 'returned',
      returnReason: 'Thiếu số liệu khu phố 3',
    });
  });

  it('compiles after the send-by day with the units not accepted named missing, and counts them', () => {
    const early = run(JOURNEY.slice(0, 3));
    const refused = decideRound(
      early,
      ROUND_ACTORS.officeStaff,
      { type: 'COMPILE' },
      vnTime('03-16', '20:00'),
    );
    expect(refused).toEqual({
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
      reason: expect.stringContaining('chưa hết hạn gửi'),
    });
    const late = run([step(ROUND_ACTORS.officeStaff, { type: 'COMPILE' }, vnTime('03-17', '08:00'))], early);
    expect(late.state).toBe('compiling');
    expect(late.context.missingUnitIds).toEqual([vhxh]);
    expect(roundFigures(late, vnTime('03-20'))).toMatchObject({
      accepted: 1,
      missingUnitIds: [vhxh],
      notHandedIn: 1,
    });
    expect(roundFigures(early, vnTime('03-16', '23:00')).missingUnitIds).toEqual([]);
    expect(roundFigures(early, vnTime('03-17', '00:30')).missingUnitIds).toEqual([vhxh]);
  });

  it('does not compile while a handed-in part waits for Văn phòng', () => {
    const waiting = run(JOURNEY.slice(0, 4));
    expect(
      decideRound(waiting, ROUND_ACTORS.officeStaff, { type: 'COMPILE' }, vnTime('03-20')),
    ).toMatchObject({
      ok: false,
      code: 'EVENT_NOT_ACCEPTED',
      reason: expect.stringContaining('đang chờ Văn phòng'),
    });
  });

  it.each([
    [
      'another unit writing KTHT’s part',
      ROUND_ACTORS.vhxhHead,
      fullResults(ktht),
      'FORBIDDEN',
      'đơn vị được yêu cầu',
    ],
    [
      'a leader accepting a part',
      ROUND_ACTORS.leader,
      { type: 'ACCEPT_PART', unitId: ktht },
      'FORBIDDEN',
      'Văn phòng',
    ],
    [
      'a unit not asked',
      ROUND_ACTORS.officeStaff,
      { type: 'ACCEPT_PART', unitId: office },
      'INVALID_PAYLOAD',
      'không được yêu cầu',
    ],
    [
      'accepting a part not handed in',
      ROUND_ACTORS.officeStaff,
      { type: 'ACCEPT_PART', unitId: ktht },
      'EVENT_NOT_ACCEPTED',
      '«Chưa báo cáo»',
    ],
    [
      'handing in without every result',
      ROUND_ACTORS.kthtStaff,
      { type: 'SUBMIT_PART', unitId: ktht, payload: { results: [{ taskId: 'task-1', result: 'Xong' }] } },
      'INVALID_PAYLOAD',
      'Còn 1 nhiệm vụ',
    ],
    [
      'a result for another unit’s task',
      ROUND_ACTORS.kthtStaff,
      { type: 'SAVE_PART', unitId: ktht, payload: { results: [{ taskId: 'task-3', result: 'Xong' }] } },
      'INVALID_PAYLOAD',
      'không thuộc',
    ],
    [
      'an unknown event',
      ROUND_ACTORS.officeHead,
      { type: 'APPROVE' } as unknown as RoundCommand,
      'EVENT_NOT_ACCEPTED',
      'không được hỗ trợ',
    ],
    [
      'closing before compiling',
      ROUND_ACTORS.officeHead,
      { type: 'CLOSE_ROUND' },
      'EVENT_NOT_ACCEPTED',
      '«Đang thu thập báo cáo»',
    ],
  ] as const)('refuses %s', (_name, actor, command, code, reason) => {
    expect(decideRound(opened(), actor, command as RoundCommand, vnTime('03-10'))).toEqual({
      ok: false,
      code,
      reason: expect.stringContaining(reason),
    });
  });

  it('is closed only by Văn phòng’s head or approver, with a compiled text, and takes nothing after', () => {
    const compiling = run(
      JOURNEY.slice(0, 7).concat(step(ROUND_ACTORS.officeStaff, { type: 'COMPILE' }, vnTime('03-18'))),
    );
    expect(compiling.context.compiledText).toBeNull();
    expect(
      decideRound(compiling, ROUND_ACTORS.officeHead, { type: 'CLOSE_ROUND' }, vnTime('03-18')),
    ).toMatchObject({
      code: 'EVENT_NOT_ACCEPTED',
      reason: 'Chưa có nội dung báo cáo tổng hợp',
    });
    expect(
      decideRound(
        compiling,
        ROUND_ACTORS.officeStaff,
        { type: 'EDIT_COMPILED', payload: { text: '  ' } },
        vnTime('03-18'),
      ),
    ).toMatchObject({ code: 'INVALID_PAYLOAD' });
    const closed = run(JOURNEY);
    expect(
      decideRound(
        closed,
        ROUND_ACTORS.officeHead,
        { type: 'CANCEL_ROUND', payload: { reason: 'Nhầm kỳ' } },
        vnTime('03-20'),
      ),
    ).toMatchObject({
      code: 'EVENT_NOT_ACCEPTED',
    });
    const edited = run(JOURNEY.slice(0, 9));
    expect(
      decideRound(edited, ROUND_ACTORS.officeStaff, { type: 'CLOSE_ROUND' }, vnTime('03-19')),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('is cancelled by Văn phòng with a reason', () => {
    const round = opened();
    expect(
      decideRound(round, ROUND_ACTORS.officeStaff, { type: 'CANCEL_ROUND' }, vnTime('03-10')),
    ).toMatchObject({ code: 'INVALID_PAYLOAD' });
    const cancelled = run([
      step(
        ROUND_ACTORS.officeStaff,
        { type: 'CANCEL_ROUND', payload: { reason: 'Mở nhầm kỳ báo cáo' } },
        vnTime('03-10'),
      ),
    ]);
    expect(cancelled).toMatchObject({ state: 'cancelled', context: { cancelReason: 'Mở nhầm kỳ báo cáo' } });
  });

  it('refuses a seed that cannot make a round', () => {
    expect(openRound({ ...ROUND_SEED, sendBy: '16/03/2026' })).toMatchObject({
      ok: false,
      code: 'INVALID_PAYLOAD',
    });
    expect(openRound({ ...ROUND_SEED, units: [] })).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    expect(openRound({ ...ROUND_SEED, units: [...ROUND_SEED.units, ROUND_SEED.units[0]] })).toMatchObject({
      ok: false,
    });
  });

  it('replays its log to the state the decisions reached, and refuses a log it could not have taken', () => {
    expect(replayRound(ROUND_SEED, JOURNEY)).toEqual(run(JOURNEY));
    const forged = [JOURNEY[0], JOURNEY[2]];
    expect(() => replayRound(ROUND_SEED, forged)).toThrow(RoundReplayError);
  });
});
