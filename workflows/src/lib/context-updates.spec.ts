import { contextWith, eventWith, factsOf, opinionOf } from '../testing/context-factory';
import {
  closeConsultation,
  grantExtension,
  isTargetMet,
  MAX_EXTENSIONS_IN_CONTEXT,
  MAX_PROGRESS_IN_CONTEXT,
  openConsultation,
  recordMeasuredValue,
  recordProgress,
  recordReturn,
  refuseExtension,
  requestExtension,
} from './context-updates';

const NOW = '2026-05-20T03:00:00Z';
const pending = {
  newDue: '2026-06-30',
  reason: 'Chờ Sở',
  requestedBy: 'u-lead',
  requestedAt: '2026-05-01T00:00:00Z',
};

describe('isTargetMet', () => {
  it.each([
    ['>=', 60, 72, true],
    ['>=', 60, 60, true],
    ['>=', 60, 59.9, false],
    ['<=', 2, 1.5, true],
    ['<=', 2, 3, false],
    [null, 60, 72, null],
    ['>=', null, 72, null],
  ] as const)('%s %p with %p measured → %p', (operator, target, measured, expected) => {
    expect(isTargetMet(operator, target, measured)).toBe(expected);
  });
});

describe('context updates', () => {
  it('records a measured value against the target and clears an earlier return', () => {
    const context = contextWith({ targetOperator: '>=', targetValue: 15, returnReason: 'Thiếu minh chứng' });
    const event = eventWith({ payload: { measuredValue: 12, evidence: 'BC 3' } });
    expect(recordMeasuredValue(context, event)).toEqual({
      measuredValue: 12,
      evidence: 'BC 3',
      targetMet: false,
      returnReason: null,
      returnedFrom: null,
    });
  });

  it('takes the return reason from the payload, else from the comment', () => {
    expect(
      recordReturn('submitted')(contextWith(), eventWith({ payload: { reason: 'A' }, comment: 'B' })),
    ).toEqual({
      returnReason: 'A',
      returnedFrom: 'submitted',
    });
    expect(recordReturn('reviewed')(contextWith(), eventWith({ comment: ' B ' })).returnReason).toBe('B');
  });

  it.each([
    ['quarter', {}, 'Quý II/2026'],
    ['month', {}, 'Tháng 05/2026'],
    ['quarter', { periodLabel: 'Đợt 1' }, 'Đợt 1'],
  ] as const)('labels a %s progress report %p as %s', (progressPeriod, extra, label) => {
    const context = contextWith({ progressPeriod });
    const event = eventWith({ now: NOW, payload: { summary: 'Đã làm', percentDone: 30, ...extra } });
    expect(recordProgress(context, event).progress).toEqual([
      { periodLabel: label, summary: 'Đã làm', percentDone: 30, by: 'u-1', at: NOW },
    ]);
  });

  it('appends progress reports in order', () => {
    const first = recordProgress(contextWith(), eventWith({ comment: 'một' })).progress ?? [];
    const second =
      recordProgress(contextWith({ progress: first }), eventWith({ comment: 'hai' })).progress ?? [];
    expect(second.map((report) => report.summary)).toEqual(['một', 'hai']);
  });

  it('opens a consultation with the given cooperators and forgets older answers', () => {
    const context = contextWith({ opinions: [opinionOf('a')], consultationDeadline: '2026-04-01' });
    expect(openConsultation(context, eventWith({ consultees: ['a', 'b'] }))).toEqual({
      consultees: ['a', 'b'],
      opinions: [],
      consultationDeadline: '2026-04-01',
    });
    expect(
      openConsultation(context, eventWith({ consultees: [], payload: { deadline: '2026-05-01' } }))
        .consultationDeadline,
    ).toBe('2026-05-01');
  });

  it('records the silent cooperators as "không có ý kiến" when the consultation closes', () => {
    const context = contextWith({ consultees: ['a', 'b', 'c'], opinions: [opinionOf('b')] });
    const closed = closeConsultation(context, eventWith({ now: NOW })).opinions ?? [];
    expect(closed.map((opinion) => [opinion.unitId, opinion.noOpinion, opinion.opinion])).toEqual([
      ['b', false, 'Đồng ý'],
      ['a', true, 'Không có ý kiến'],
      ['c', true, 'Không có ý kiến'],
    ]);
  });

  it('keeps a pending extension, then grants it into dueOverride with history', () => {
    const event = eventWith({
      actor: factsOf({ userId: 'u-lead' }),
      now: pending.requestedAt,
      payload: pending,
    });
    const requested = contextWith(requestExtension(contextWith(), event));
    expect(requested.pendingExtension).toEqual(pending);
    const granted = grantExtension(requested, eventWith({ actor: factsOf({ userId: 'u-vp' }), now: NOW }));
    expect(granted).toEqual({
      dueOverride: '2026-06-30',
      pendingExtension: null,
      extensions: [
        { ...pending, outcome: 'granted', decidedBy: 'u-vp', decidedAt: NOW, refusalReason: null },
      ],
    });
  });

  it('refuses a pending extension with its reason and leaves the due date alone', () => {
    const refused = refuseExtension(
      contextWith({ pendingExtension: pending, dueOverride: '2026-05-31' }),
      eventWith({ actor: factsOf({ userId: 'u-vp' }), now: NOW, payload: { reason: 'Không có căn cứ' } }),
    );
    expect(refused.dueOverride).toBeUndefined();
    expect(refused.pendingExtension).toBeNull();
    expect(refused.extensions?.[0]).toMatchObject({ outcome: 'refused', refusalReason: 'Không có căn cứ' });
  });

  it('changes nothing when an extension decision finds nothing pending', () => {
    expect(grantExtension(contextWith(), eventWith())).toEqual({});
    expect(refuseExtension(contextWith(), eventWith())).toEqual({});
  });
});

describe('a context bounded however long the history', () => {
  it('keeps the latest progress reports and extension decisions only', () => {
    let context = contextWith();
    for (let report = 1; report <= 500; report++) {
      context = { ...context, ...recordProgress(context, eventWith({ comment: `báo cáo ${report}` })) };
      const asked = requestExtension(context, eventWith({ payload: { newDue: '2026-06-30', reason: 'r' } }));
      context = { ...context, ...refuseExtension({ ...context, ...asked }, eventWith({ comment: 'không' })) };
    }
    expect(context.progress.map((entry) => entry.summary)).toEqual(
      Array.from(
        { length: MAX_PROGRESS_IN_CONTEXT },
        (_, index) => `báo cáo ${500 - MAX_PROGRESS_IN_CONTEXT + 1 + index}`,
      ),
    );
    expect(context.extensions).toHaveLength(MAX_EXTENSIONS_IN_CONTEXT);
    expect(JSON.stringify(context).length).toBeLessThan(5_000);
  });
});
