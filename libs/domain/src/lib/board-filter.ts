import { foldVietnamese } from './text';

/**
 * The filters of a board view (the query string of `/ke-hoach/:planId`), shared by the board that
 * hides cards and the export that writes the same view to a file, so both keep the same cards.
 */
export interface BoardFilter {
  /** Code of the lead unit. */
  unit: string | null;
  /** Key of the plan section. */
  section: string | null;
  type: string | null;
  timeliness: string | null;
  /** Only the tasks the viewer's unit leads or cooperates on. */
  mine: boolean;
  /** Free text, matched without diacritics against ref, content and unit codes; every word must appear. */
  q: string;
}

/** What the filters read of a card. */
export interface FilterableCard {
  ref: string;
  title: string;
  type: string;
  timeliness: string;
  sectionKey: string | null;
  leadUnitId: string | null;
  leadUnitCode: string | null;
  cooperatorUnitIds: readonly string[];
  cooperatorUnitCodes: readonly string[];
}

/** The folded text a card is searched by, kept per card object: boards hold thousands. */
const haystacks = new WeakMap<FilterableCard, string>();

export function searchText(card: FilterableCard): string {
  let folded = haystacks.get(card);
  if (folded === undefined) {
    folded = foldVietnamese(
      [card.ref, card.title, card.leadUnitCode ?? '', ...card.cooperatorUnitCodes].join(' '),
    );
    haystacks.set(card, folded);
  }
  return folded;
}

/** The test of a view's filters on one card; the query is folded once ("ke hoach" finds "Kế hoạch"). */
export function boardFilter<T extends FilterableCard>(
  filter: BoardFilter,
  myUnitId: string | null,
): (card: T) => boolean {
  const words = foldVietnamese(filter.q).split(' ').filter(Boolean);
  return (card) =>
    (filter.unit === null || card.leadUnitCode === filter.unit) &&
    (filter.section === null || card.sectionKey === filter.section) &&
    (filter.type === null || card.type === filter.type) &&
    (filter.timeliness === null || card.timeliness === filter.timeliness) &&
    (!filter.mine ||
      (myUnitId !== null && (card.leadUnitId === myUnitId || card.cooperatorUnitIds.includes(myUnitId)))) &&
    (words.length === 0 || words.every((word) => searchText(card).includes(word)));
}
