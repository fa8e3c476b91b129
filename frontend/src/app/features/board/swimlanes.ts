import type { BoardSectionDto, CardDto, UnitDto } from '@dondoc/contracts';
import type { BoardColumn } from '@dondoc/domain';
import type { SwimlaneMode } from './board-view';

/** One horizontal band of the board: its cards, split by column in the board's order. */
export interface Lane {
  /** Stable and safe in a test id: `all`, `section-<key>`, `unit-<code>`, `section-none`, `unit-none`. */
  key: string;
  /** What the band is about; null for the lane of cards without a section or a lead unit. */
  title: string | null;
  cards: readonly CardDto[];
  byColumn: ReadonlyMap<BoardColumn, readonly CardDto[]>;
}

const NONE = 'none';

/**
 * The test id of a column's drop zone: `column-<column>` on a board without swimlanes and
 * `column-<column>-lane-<lane>` in a swimlane (`column-draft-lane-section-II`). Every drop zone's id
 * starts with its column, so `[data-testid^="column-draft"]` finds the draft zones of either layout;
 * each zone also carries `data-column` and, in a lane, `data-lane`.
 */
export function dropZoneTestId(column: BoardColumn, laneKey: string | null): string {
  return laneKey === null ? `column-${column}` : `column-${column}-lane-${laneKey}`;
}

/** The key of the lane a card sits in (see `Lane.key`). */
export function laneKeyOf(card: CardDto, mode: SwimlaneMode): string {
  if (mode === 'none') return 'all';
  return `${mode}-${(mode === 'section' ? card.sectionKey : card.leadUnitCode) ?? NONE}`;
}

function lane(key: string, title: string | null, cards: CardDto[], columns: readonly BoardColumn[]): Lane {
  const byColumn = new Map<BoardColumn, CardDto[]>(columns.map((column) => [column, []]));
  for (const card of cards) byColumn.get(card.column)?.push(card);
  return { key, title, cards, byColumn };
}

/**
 * Splits the (already filtered and sorted) cards into lanes. Sections come in the plan's order
 * and units in the board's order; cards without one get a last lane of their own; empty lanes
 * are left out. With no swimlanes there is one lane, `all`, even when it is empty.
 */
export function buildLanes(
  cards: readonly CardDto[],
  columns: readonly BoardColumn[],
  mode: SwimlaneMode,
  sections: readonly BoardSectionDto[],
  units: readonly UnitDto[],
): Lane[] {
  if (mode === 'none') return [lane('all', null, [...cards], columns)];

  const keyOf = (card: CardDto): string | null => (mode === 'section' ? card.sectionKey : card.leadUnitCode);
  const known: [string, string][] =
    mode === 'section'
      ? sections.map((section) => [section.key, `${section.key}. ${section.title}`])
      : units.map((unit) => [unit.code, `${unit.code} — ${unit.name}`]);
  const titles = new Map(known);

  const buckets = new Map<string, CardDto[]>(known.map(([key]) => [key, []]));
  const orphans: CardDto[] = [];
  for (const card of cards) {
    const key = keyOf(card);
    if (key === null) {
      orphans.push(card);
      continue;
    }
    // A key the board did not list still gets its lane, after the listed ones.
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = []));
    bucket.push(card);
  }

  const lanes: Lane[] = [];
  for (const [key, laneCards] of buckets) {
    if (laneCards.length > 0) lanes.push(lane(`${mode}-${key}`, titles.get(key) ?? key, laneCards, columns));
  }
  if (orphans.length > 0) lanes.push(lane(`${mode}-${NONE}`, null, orphans, columns));
  return lanes;
}
