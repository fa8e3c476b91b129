import { slices } from './slices';

describe('slices', () => {
  it('cuts a list into consecutive slices of at most the given size', () => {
    expect(slices([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(slices([1, 2], 2)).toEqual([[1, 2]]);
  });

  it('gives no slice for an empty list', () => {
    expect(slices([], 500)).toEqual([]);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => slices([1], 0)).toThrow(RangeError);
    expect(() => slices([1], 1.5)).toThrow(RangeError);
  });
});
