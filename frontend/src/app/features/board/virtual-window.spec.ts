import { prefixOffsets, visibleWindow, wholeWindow } from './virtual-window';

describe('prefixOffsets', () => {
  it('gives the top of each item and the total height last', () => {
    expect(prefixOffsets([100, 50, 120])).toEqual([0, 100, 150, 270]);
    expect(prefixOffsets([])).toEqual([0]);
  });
});

describe('visibleWindow', () => {
  const tenThousand = prefixOffsets(new Array(10_000).fill(100));

  it('renders only what meets the viewport at the top, with a spacer for the rest', () => {
    expect(visibleWindow(tenThousand, 0, 450, 0)).toEqual({ start: 0, end: 5, before: 0, after: 999_500 });
  });

  it('adds the overscan on both sides', () => {
    expect(visibleWindow(tenThousand, 5_000, 400, 200)).toEqual({
      start: 48,
      end: 56,
      before: 4_800,
      after: 1_000_000 - 5_600,
    });
  });

  it('counts an item cut by the top or bottom edge, not one that only touches it', () => {
    expect(visibleWindow(tenThousand, 150, 100, 0)).toMatchObject({ start: 1, end: 3 });
    expect(visibleWindow(tenThousand, 200, 100, 0)).toMatchObject({ start: 2, end: 3 });
  });

  it('keeps the spacers and the rendered items equal to the whole height', () => {
    const offsets = prefixOffsets([120, 80, 200, 60, 150, 90, 300, 70]);
    for (const scrollTop of [0, 90, 400, 700, 1_000, 5_000]) {
      const window = visibleWindow(offsets, scrollTop, 250, 50);
      const rendered = offsets[window.end] - offsets[window.start];
      expect(window.before + rendered + window.after).toBe(offsets[offsets.length - 1]);
      expect(window.end).toBeGreaterThan(window.start);
    }
  });

  it('handles items of different heights', () => {
    const offsets = prefixOffsets([120, 80, 200, 60, 150]); // tops 0,120,200,400,460; end 610
    expect(visibleWindow(offsets, 210, 200, 0)).toEqual({ start: 2, end: 4, before: 200, after: 150 });
  });

  it('shows the last items when scrolled past the end, and nothing of an empty list', () => {
    expect(visibleWindow(tenThousand, 2_000_000, 500, 0)).toMatchObject({
      start: 9_999,
      end: 10_000,
      after: 0,
    });
    expect(visibleWindow(prefixOffsets([]), 0, 500, 100)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });

  it('keeps the DOM small at 10,000 cards wherever the scroll is', () => {
    for (const scrollTop of [0, 123_456, 500_000, 999_000]) {
      const { start, end } = visibleWindow(tenThousand, scrollTop, 900, 600);
      expect(end - start).toBeLessThanOrEqual(22);
    }
  });
});

describe('wholeWindow', () => {
  it('renders everything without spacers', () => {
    expect(wholeWindow(7)).toEqual({ start: 0, end: 7, before: 0, after: 0 });
  });
});
