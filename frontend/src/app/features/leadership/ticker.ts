import type { TaskChangedMessage, TickerItemDto } from '@dondoc/contracts';
import { compareEventIds } from '../board/event-ids';

/** How many changes the ticker keeps. */
export const TICKER_LENGTH = 30;

/** A pushed change as a ticker line, the same shape the server's aggregates carry. */
export function tickerItemOf({ card, event }: TaskChangedMessage): TickerItemDto {
  return {
    eventId: event.id,
    taskId: event.taskId,
    planId: event.planId,
    ref: card.ref,
    title: card.title,
    event: event.event,
    fromState: event.fromState,
    toState: event.toState,
    actorName: event.actor.name,
    unitCode: event.actor.unitCode,
    at: event.at,
  };
}

/** Newest first, each event once, at most `TICKER_LENGTH` lines. */
export function mergeTicker(...lists: readonly (readonly TickerItemDto[])[]): TickerItemDto[] {
  const byId = new Map<string, TickerItemDto>();
  for (const list of lists)
    for (const item of list) if (!byId.has(item.eventId)) byId.set(item.eventId, item);
  return [...byId.values()].sort((a, b) => compareEventIds(b.eventId, a.eventId)).slice(0, TICKER_LENGTH);
}
