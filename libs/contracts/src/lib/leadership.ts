import type { CardDto, CardTimeliness, Timeliness, UnitDto } from './boards';

/**
 * Tasks per standing. `cancelled` is counted apart: it belongs to none of the six deadline
 * standings (TIMELINESS), which alone add up to the counted work.
 */
export type TimelinessCounts = Record<CardTimeliness, number>;

/** One row of the leadership board: a unit and how its tasks stand. */
export interface UnitTimelinessDto {
  unit: UnitDto;
  counts: TimelinessCounts;
}

/** A task that asks for attention: overdue, or due within the due-soon window. */
export interface AttentionItemDto {
  taskId: string;
  planId: string;
  ref: string;
  title: string;
  leadUnitCode: string | null;
  due: string;
  timeliness: Extract<Timeliness, 'overdue' | 'due_soon'>;
}

export interface TickerItemDto {
  eventId: string;
  taskId: string;
  planId: string;
  ref: string;
  title: string;
  event: string;
  fromState: string;
  toState: string;
  actorName: string;
  unitCode: string | null;
  at: string;
}

/** Aggregates for a ward's leadership, computed on the server: never thousands of cards. */
export interface LeadershipBoardDto {
  ward: { id: string; code: string; name: string };
  asOf: string;
  totals: TimelinessCounts;
  units: UnitTimelinessDto[];
  attention: AttentionItemDto[];
  ticker: TickerItemDto[];
}

/**
 * A ward whose leadership board the user may read: their own (`home`), or one granted to a
 * city-level leader. Home first, then the granted wards by name.
 */
export interface LeadershipWardDto {
  id: string;
  code: string;
  name: string;
  home: boolean;
}

/** Why a card is on a unit's board: what the unit must do next. */
export const UNIT_BOARD_GROUPS = [
  'to_do',
  'to_fix',
  'to_give_opinion',
  'waiting_for_others',
  'done',
] as const;
export type UnitBoardGroup = (typeof UNIT_BOARD_GROUPS)[number];

export interface UnitBoardDto {
  unit: UnitDto;
  groups: {
    key: UnitBoardGroup;
    cards: (CardDto & { relation: 'lead' | 'cooperator'; planTitle: string })[];
  }[];
}
