import { TASK_TYPES } from '@dondoc/domain';
import fc from 'fast-check';
import { VALID_PAYLOADS } from '../testing/scenarios';
import { EVENT_PAYLOAD_FIELDS, MAX_COMMENT_LENGTH } from './event-payloads';
import { WORKFLOW_EVENT_TYPES } from './types';
import { eventsOfType, validateEventPayload } from './validate-event-payload';

const problemsOf = (result: ReturnType<typeof validateEventPayload>) => (result.ok ? [] : result.problems);

describe('validateEventPayload', () => {
  it.each(
    TASK_TYPES.flatMap((type) =>
      [...eventsOfType(type)]
        .filter((event) => event !== 'CHILDREN_DONE')
        .map((event) => [type, event] as const),
    ),
  )('%s accepts the valid payload of %s unchanged', (type, event) => {
    const payload = VALID_PAYLOADS[event as keyof typeof VALID_PAYLOADS];
    expect(validateEventPayload(type, event, payload, 'Ý kiến kèm theo')).toEqual({
      ok: true,
      payload,
      comment: 'Ý kiến kèm theo',
    });
  });

  it('names an unknown key instead of storing it (the 250 KB junk of the probe)', () => {
    expect(
      problemsOf(
        validateEventPayload('ongoing', 'REPORT_PROGRESS', { junk: 'z'.repeat(250_000) }, undefined),
      ),
    ).toEqual([
      {
        field: 'junk',
        code: 'UNKNOWN_FIELD',
        message: 'Thao tác «Báo cáo tiến độ» không nhận trường «junk»',
      },
    ]);
  });

  it('gives the limit of a text that is too long, for a field and for the comment', () => {
    const reason = 'x'.repeat(MAX_COMMENT_LENGTH + 1);
    expect(problemsOf(validateEventPayload('document', 'RETURN', { reason }, reason))).toEqual([
      {
        field: 'reason',
        code: 'TOO_LONG',
        limit: 4000,
        message: 'Trường «reason» dài 4001 ký tự, vượt quá giới hạn 4000 ký tự',
      },
      {
        field: 'comment',
        code: 'TOO_LONG',
        limit: 4000,
        message: 'Ý kiến kèm theo dài 4001 ký tự, vượt quá giới hạn 4000 ký tự',
      },
    ]);
    expect(validateEventPayload('document', 'RETURN', { reason: 'x'.repeat(4000) }, undefined).ok).toBe(true);
  });

  it.each([
    ['a server-owned key', 'COMMENT', { mentions: ['u-1'] }, 'mentions', 'SERVER_OWNED_FIELD'],
    [
      'a stand-in mark',
      'SUBMIT',
      { deliverableRef: 'a', onBehalfOf: { id: 'x' } },
      'onBehalfOf',
      'SERVER_OWNED_FIELD',
    ],
    [
      'the scheduler flag',
      'CLOSE_CONSULTATION',
      { deadlinePassed: true },
      'deadlinePassed',
      'SERVER_OWNED_FIELD',
    ],
    [
      'a number as text',
      'SUBMIT_VALUE',
      { measuredValue: '61', evidence: 'BC' },
      'measuredValue',
      'WRONG_TYPE',
    ],
    ['a text as object', 'SUBMIT', { deliverableRef: { $gt: '' } }, 'deliverableRef', 'WRONG_TYPE'],
    ['a date in Vietnamese order', 'REQUEST_EXTENSION', { newDue: '30/06/2026' }, 'newDue', 'WRONG_TYPE'],
    [
      'a percentage over 100',
      'REPORT_PROGRESS',
      { summary: 's', percentDone: 140 },
      'percentDone',
      'OUT_OF_RANGE',
    ],
    ['a payload that is a list', 'SUBMIT', ['att-1'], 'payload', 'NOT_AN_OBJECT'],
  ] as const)('refuses %s', (_name, event, payload, field, code) => {
    const fieldTypes =
      event === 'CLOSE_CONSULTATION'
        ? 'legal_document'
        : event === 'SUBMIT_VALUE'
          ? 'target'
          : event === 'REPORT_PROGRESS'
            ? 'ongoing'
            : 'document';
    expect(problemsOf(validateEventPayload(fieldTypes, event, payload, undefined))).toEqual([
      expect.objectContaining({ field, code }),
    ]);
  });

  it.each([
    ['an event the type does not have', 'document', 'START_CONSULTATION', 'EVENT_NOT_IN_WORKFLOW'],
    ['an event only the engine sends', 'document', 'CHILDREN_DONE', 'ENGINE_ONLY_EVENT'],
    ['an unknown event', 'document', 'PUBLISH', 'UNKNOWN_EVENT'],
  ] as const)('refuses %s', (_name, type, event, code) => {
    expect(problemsOf(validateEventPayload(type, event, {}, undefined))).toEqual([
      expect.objectContaining({ field: 'event', code }),
    ]);
  });

  it('stores text composed, without bidi controls, trimmed, and drops what is left empty', () => {
    const decomposed = 'Kế hoạch'.normalize('NFD');
    const result = validateEventPayload(
      'document',
      'SUBMIT',
      { deliverableRef: ` ${decomposed}\u202E.pdf ` },
      ' \u2066 ',
    );
    expect(result).toEqual({ ok: true, payload: { deliverableRef: 'Kế hoạch.pdf' }, comment: undefined });
    expect(validateEventPayload('document', 'RETURN', { reason: '   ' }, null)).toEqual({
      ok: true,
      payload: {},
      comment: undefined,
    });
  });

  it('knows the events each type declares, comments included', () => {
    expect([...eventsOfType('document')].sort()).toEqual(
      [
        'APPROVE',
        'CANCEL',
        'CHILDREN_DONE',
        'COMMENT',
        'GRANT_EXTENSION',
        'REFUSE_EXTENSION',
        'REQUEST_EXTENSION',
        'RETURN',
        'REVIEW',
        'SUBMIT',
      ].sort(),
    );
  });

  it('declares a limit for every field of every event', () => {
    for (const event of WORKFLOW_EVENT_TYPES) {
      for (const [key, spec] of Object.entries(EVENT_PAYLOAD_FIELDS[event])) {
        expect({ event, key, bounded: spec.kind !== 'text' || spec.max <= MAX_COMMENT_LENGTH }).toEqual({
          event,
          key,
          bounded: true,
        });
      }
    }
  });

  it('keeps whatever it accepts small, for any JSON a client sends', () => {
    const fieldNames = [
      ...new Set(Object.values(EVENT_PAYLOAD_FIELDS).flatMap((fields) => Object.keys(fields))),
    ];
    const payload = fc.dictionary(
      fc.oneof(fc.constantFrom(...fieldNames), fc.string()),
      fc.oneof(fc.jsonValue(), fc.string({ maxLength: 5000 })),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...TASK_TYPES),
        fc.constantFrom(...WORKFLOW_EVENT_TYPES),
        payload,
        fc.option(fc.string({ maxLength: 5000 })),
        (type, event, body, comment) => {
          const result = validateEventPayload(type, event, body, comment);
          if (result.ok) expect(JSON.stringify(result).length).toBeLessThan(3 * MAX_COMMENT_LENGTH + 1000);
          else expect(result.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
