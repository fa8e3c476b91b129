/**
 * The maths of a windowed list with items of different heights: only the items that meet the
 * viewport (plus an overscan margin) are rendered, the rest is two spacers of the right height.
 * Heights are measured once an item has been rendered and estimated before.
 */

/** The top of each item and, last, the total height: `offsets[i + 1] - offsets[i]` is item i. */
export function prefixOffsets(heights: readonly number[]): number[] {
  const offsets = new Array<number>(heights.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < heights.length; i++) offsets[i + 1] = offsets[i] + Math.max(0, heights[i]);
  return offsets;
}

export interface VisibleWindow {
  /** First rendered item. */
  start: number;
  /** One past the last rendered item. */
  end: number;
  /** Height of the spacer above the rendered items. */
  before: number;
  /** Height of the spacer below them. */
  after: number;
}

/** The first index whose offset passes the test (offsets only grow), or offsets.length (binary search). */
function firstOffset(offsets: readonly number[], passes: (offset: number) => boolean): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (passes(offsets[middle])) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The items to render for a scroll position: every item whose box meets
 * [scrollTop - overscan, scrollTop + viewportHeight + overscan].
 */
export function visibleWindow(
  offsets: readonly number[],
  scrollTop: number,
  viewportHeight: number,
  overscan: number,
): VisibleWindow {
  const count = offsets.length - 1;
  const total = offsets[count];
  if (count <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const top = Math.max(0, Math.min(scrollTop, total) - overscan);
  const bottom = Math.max(0, scrollTop) + Math.max(0, viewportHeight) + overscan;
  // Item i meets the range when it ends below `top` and starts above `bottom`.
  const start = Math.min(count - 1, Math.max(0, firstOffset(offsets, (offset) => offset > top) - 1));
  const end = Math.max(
    start + 1,
    Math.min(
      count,
      firstOffset(offsets, (offset) => offset >= bottom),
    ),
  );
  return { start, end, before: offsets[start], after: total - offsets[end] };
}

/** Everything rendered: the window of a list too short to be worth windowing. */
export function wholeWindow(count: number): VisibleWindow {
  return { start: 0, end: count, before: 0, after: 0 };
}
