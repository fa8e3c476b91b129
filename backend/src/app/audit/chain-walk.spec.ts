import { type ChainedEvent, ChainWalk } from './chain-walk';
import { eventHash, type HashedEventFields } from './event-hash';

const fields = (version: number, comment: string): HashedEventFields => ({
  wardId: 'ward-1',
  planId: 'plan-1',
  taskId: 'task-1',
  actorId: 'user-1',
  actorName: 'Người dùng',
  actorUnitId: 'unit-1',
  actorRole: 'lead',
  event: 'REPORT_PROGRESS',
  fromState: 'in_progress',
  toState: 'in_progress',
  version,
  comment,
  payload: null,
  at: `2026-03-0${version}T00:00:00.000Z`,
});

/** A well-formed chain of `count` events with ids 10, 20, 30… */
function chain(count: number): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  let prevHash: string | null = null;
  for (let index = 0; index < count; index++) {
    const event = fields(index + 2, `Báo cáo lần ${index + 1}`);
    const hash = eventHash(event, prevHash);
    events.push({ ...event, id: (index + 1) * 10, prevHash, hash });
    prevHash = hash;
  }
  return events;
}

function walk(
  events: readonly ChainedEvent[],
  head: { lastEventId: number; lastHash: string | null } | null,
) {
  const walker = new ChainWalk('ward-1');
  events.forEach((event) => walker.step(event));
  return walker.end(head);
}

const headOf = (events: readonly ChainedEvent[]) => ({
  lastEventId: events[events.length - 1].id,
  lastHash: events[events.length - 1].hash,
});

describe('ChainWalk', () => {
  it('accepts an unbroken chain whose head names its last event', () => {
    const events = chain(4);
    expect(walk(events, headOf(events))).toBeNull();
    expect(walk([], null)).toBeNull();
    expect(walk([], { lastEventId: 0, lastHash: null })).toBeNull();
  });

  it('names an event whose contents changed, with the hash it should have and the one it has', () => {
    const events = chain(4);
    const altered = events.map((event) => (event.id === 20 ? { ...event, comment: 'Báo cáo lần 9' } : event));
    expect(walk(altered, headOf(events))).toEqual({
      wardId: 'ward-1',
      eventId: 20,
      kind: 'hash',
      expected: eventHash(altered[1], altered[1].prevHash),
      found: events[1].hash,
    });
  });

  it('names the event after one that was removed, or rehashed to hide a change', () => {
    const events = chain(4);
    const removed = events.filter((event) => event.id !== 20);
    expect(walk(removed, headOf(events))).toMatchObject({
      eventId: 30,
      kind: 'link',
      expected: events[0].hash,
      found: events[1].hash,
    });
    const rehashed = events.map((event) => {
      if (event.id !== 20) return event;
      const changed = { ...event, comment: 'đã sửa' };
      return { ...changed, hash: eventHash(changed, changed.prevHash) };
    });
    expect(walk(rehashed, headOf(events))).toMatchObject({ eventId: 30, kind: 'link' });
  });

  it('notices events missing from the end or written around the head', () => {
    const events = chain(3);
    expect(walk(events.slice(0, 2), headOf(events))).toMatchObject({
      eventId: 30,
      kind: 'head',
      expected: events[1].hash,
      found: events[2].hash,
    });
    expect(walk(events, headOf(events.slice(0, 2)))).toMatchObject({ eventId: 30, kind: 'head' });
    expect(walk(events, null)).toMatchObject({ eventId: 30, kind: 'head', found: null });
  });

  it('names only the first break of a ward', () => {
    const events = chain(3).map((event) => ({ ...event, hash: 'f'.repeat(64) }));
    expect(walk(events, headOf(events))).toMatchObject({ eventId: 10, kind: 'hash' });
  });
});
