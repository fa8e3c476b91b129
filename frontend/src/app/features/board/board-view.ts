import { CARD_TIMELINESS, type CardDto, type CardTimeliness } from '@dondoc/contracts';
import { boardFilter, isTaskType, type TaskType } from '@dondoc/domain';

export const SWIMLANE_MODES = ['none', 'section', 'unit'] as const;
export type SwimlaneMode = (typeof SWIMLANE_MODES)[number];

/**
 * How the user looks at a board: its filters and its swimlanes. It lives in the URL's query
 * string, so a view can be shared as a link and survives a reload.
 */
export interface BoardView {
  /** Code of the lead unit. */
  unit: string | null;
  /** Key of the plan section. */
  section: string | null;
  type: TaskType | null;
  timeliness: CardTimeliness | null;
  /** Only the tasks the user's unit leads or cooperates on. */
  mine: boolean;
  /** Free text, matched without diacritics against content, ref and unit codes. */
  q: string;
  lanes: SwimlaneMode;
}

export const DEFAULT_VIEW: BoardView = {
  unit: null,
  section: null,
  type: null,
  timeliness: null,
  mine: false,
  q: '',
  lanes: 'none',
};

/** The query parameters of a view, one per field. */
export const VIEW_PARAMS = ['unit', 'section', 'type', 'timeliness', 'mine', 'q', 'lanes'] as const;
export type ViewParam = (typeof VIEW_PARAMS)[number];

/** What the router's ParamMap offers; a plain object works in tests. */
export interface ParamReader {
  get(name: string): string | null;
}

const isTimeliness = (value: unknown): value is CardTimeliness =>
  typeof value === 'string' && (CARD_TIMELINESS as readonly string[]).includes(value);
const isSwimlaneMode = (value: unknown): value is SwimlaneMode =>
  typeof value === 'string' && (SWIMLANE_MODES as readonly string[]).includes(value);
const text = (value: string | null): string | null => (value && value.trim() ? value.trim() : null);

/** Reads a view from the query string; an unknown or malformed value is as if absent. */
export function viewFromParams(params: ParamReader): BoardView {
  const type = params.get('type');
  const timeliness = params.get('timeliness');
  const lanes = params.get('lanes');
  return {
    unit: text(params.get('unit')),
    section: text(params.get('section')),
    type: isTaskType(type) ? type : null,
    timeliness: isTimeliness(timeliness) ? timeliness : null,
    mine: params.get('mine') === '1',
    q: params.get('q') ?? '',
    lanes: isSwimlaneMode(lanes) ? lanes : 'none',
  };
}

/**
 * The query parameters of a view, for `router.navigate(..., { queryParamsHandling: 'merge' })`:
 * a field at its default is `null`, which removes it from the URL, so links stay short.
 */
export function viewToParams(view: BoardView): Record<ViewParam, string | null> {
  return {
    unit: view.unit,
    section: view.section,
    type: view.type,
    timeliness: view.timeliness,
    mine: view.mine ? '1' : null,
    q: view.q.trim() ? view.q : null,
    lanes: view.lanes === 'none' ? null : view.lanes,
  };
}

/** True when the view hides any card (swimlanes only arrange them). */
export function isFiltered(view: BoardView): boolean {
  return (
    view.unit !== null ||
    view.section !== null ||
    view.type !== null ||
    view.timeliness !== null ||
    view.mine ||
    view.q.trim() !== ''
  );
}

/** How many filters narrow the board now: the number on the phone's folded "Bộ lọc" button. */
export function activeFilterCount(view: BoardView): number {
  const set = [view.unit, view.section, view.type, view.timeliness].filter((value) => value !== null);
  return set.length + (view.mine ? 1 : 0) + (view.q.trim() !== '' ? 1 : 0);
}

/**
 * The test of the view's filters on one card (the rule of @dondoc/domain, which the board's .xlsx
 * export applies too, so the file holds the cards the board shows).
 */
export function cardFilter(view: BoardView, myUnitId: string | null): (card: CardDto) => boolean {
  return boardFilter<CardDto>(view, myUnitId);
}
