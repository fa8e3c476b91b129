import { ofWard } from './of-ward';

describe('ofWard', () => {
  it('keeps only the rows of the ward, in their order', () => {
    const rows = [
      { id: 'a', wardId: 'w-1' },
      { id: 'b', wardId: 'w-2' },
      { id: 'c', wardId: 'w-1' },
    ];
    expect(ofWard(rows, 'w-1').map((row) => row.id)).toEqual(['a', 'c']);
    expect(ofWard(rows, 'w-3')).toEqual([]);
  });
});
