import { eventHash, type HashedEventFields } from './event-hash';

const submitted: HashedEventFields = {
  wardId: 'ward-1',
  planId: 'plan-1',
  taskId: 'task-1',
  actorId: 'user-1',
  actorName: 'Nguyễn Văn A',
  actorUnitId: 'unit-1',
  actorRole: 'lead',
  event: 'SUBMIT',
  fromState: 'draft',
  toState: 'submitted',
  version: 2,
  comment: 'Trình dự thảo',
  payload: { deliverableRef: 'bao-cao.pdf', pages: 3 },
  at: '2026-03-02T01:02:03.000Z',
};

describe('eventHash', () => {
  it('is the sha256 hex of the canonical fields and the previous hash', () => {
    const hash = eventHash(submitted, null);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // Fixed forever: a change here would make every stored hash unverifiable.
    expect(hash).toBe('14886aeb55c895a362b917126d6ffdbfad5ff882eb934064b276ef250b4a5070');
  });

  it('does not depend on the order of payload keys', () => {
    const reordered = { ...submitted, payload: { pages: 3, deliverableRef: 'bao-cao.pdf' } };
    expect(eventHash(reordered, null)).toBe(eventHash(submitted, null));
  });

  it('changes with any field, one byte of the comment, or the previous hash', () => {
    const base = eventHash(submitted, null);
    expect(eventHash({ ...submitted, comment: 'Trình dự thảO' }, null)).not.toBe(base);
    expect(eventHash({ ...submitted, version: 3 }, null)).not.toBe(base);
    expect(eventHash({ ...submitted, actorId: null }, null)).not.toBe(base);
    expect(eventHash({ ...submitted, payload: { deliverableRef: 'bao-cao.pdf', pages: 4 } }, null)).not.toBe(
      base,
    );
    expect(eventHash(submitted, 'a'.repeat(64))).not.toBe(base);
  });

  it('tells a null comment from an empty one and a null payload from an empty one', () => {
    expect(eventHash({ ...submitted, comment: null }, null)).not.toBe(
      eventHash({ ...submitted, comment: '' }, null),
    );
    expect(eventHash({ ...submitted, payload: null }, null)).not.toBe(
      eventHash({ ...submitted, payload: {} }, null),
    );
  });
});
