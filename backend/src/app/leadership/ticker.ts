import type { TickerItemDto } from '@dondoc/contracts';

export const TICKER_LENGTH = 20;

/** One of the ward's latest events, with the task's ref and title joined in. */
export interface TickerRow {
  eventId: number | string;
  taskId: string;
  planId: string;
  ref: string;
  title: string;
  event: string;
  fromState: string;
  toState: string;
  actorName: string;
  actorUnitId: string | null;
  at: string;
}

/** The ticker names the unit of whoever acted (as the event log does), not the task's lead. */
export function toTickerItem(row: TickerRow, unitCodes: ReadonlyMap<string, string>): TickerItemDto {
  return {
    eventId: String(row.eventId),
    taskId: row.taskId,
    planId: row.planId,
    ref: row.ref,
    title: row.title,
    event: row.event,
    fromState: row.fromState,
    toState: row.toState,
    actorName: row.actorName,
    unitCode: row.actorUnitId ? (unitCodes.get(row.actorUnitId) ?? null) : null,
    at: row.at,
  };
}
