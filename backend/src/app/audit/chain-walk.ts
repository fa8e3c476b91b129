import { eventHash, type HashedEventFields } from './event-hash';

export interface ChainedEvent extends HashedEventFields {
  id: number;
  prevHash: string | null;
  hash: string | null;
}

export interface ChainHead {
  lastEventId: number;
  lastHash: string | null;
}

/**
 * The first place a ward's chain does not hold:
 * - `hash`: the event's stored hash is not the hash of its fields (the event was altered);
 * - `link`: the event does not point at the previous event's hash (an event before it was
 *   removed, inserted or rehashed);
 * - `head`: the ward's head row does not name the last event (events at the end were removed,
 *   or were written around the application).
 */
export interface ChainBreak {
  wardId: string;
  eventId: number;
  kind: 'hash' | 'link' | 'head';
  expected: string | null;
  found: string | null;
}

/** Walks one ward's events in id order; stops at the first break. Pure: no database. */
export class ChainWalk {
  private lastHash: string | null = null;
  private lastEventId = 0;
  private broken: ChainBreak | null = null;

  constructor(readonly wardId: string) {}

  get firstBreak(): ChainBreak | null {
    return this.broken;
  }

  /** The next event of the ward, in id order. */
  step(event: ChainedEvent): void {
    if (this.broken) return;
    if (event.prevHash !== this.lastHash) {
      this.broken = this.breakAt(event.id, 'link', this.lastHash, event.prevHash);
      return;
    }
    const expected = eventHash(event, event.prevHash);
    if (event.hash !== expected) {
      this.broken = this.breakAt(event.id, 'hash', expected, event.hash);
      return;
    }
    this.lastHash = event.hash;
    this.lastEventId = event.id;
  }

  /** After the last event: the head row must name it (no head at all only while there is no event). */
  end(head: ChainHead | null): ChainBreak | null {
    if (this.broken) return this.broken;
    const headId = head?.lastEventId ?? 0;
    const headHash = head?.lastHash ?? null;
    if (headId !== this.lastEventId || headHash !== this.lastHash) {
      this.broken = this.breakAt(Math.max(headId, this.lastEventId), 'head', this.lastHash, headHash);
    }
    return this.broken;
  }

  private breakAt(
    eventId: number,
    kind: ChainBreak['kind'],
    expected: string | null,
    found: string | null,
  ): ChainBreak {
    return { wardId: this.wardId, eventId, kind, expected, found };
  }
}
