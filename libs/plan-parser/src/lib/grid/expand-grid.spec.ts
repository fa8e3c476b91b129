import type { GridRow } from './cell-grid';
import { expandGrid } from './expand-grid';

function cells(...texts: string[]): GridRow {
  return texts.map((text) => ({ text }));
}

describe('expandGrid', () => {
  it('keeps a horizontally merged cell in its first column and marks the row as spanning', () => {
    const rows = expandGrid({
      rows: [cells('TT', 'Nội dung', 'Chủ trì', 'Thời hạn'), [{ text: 'I. Phần', colSpan: 4 }]],
    });
    expect(rows[1].cells).toEqual(['I. Phần', '', '', '']);
    expect(rows[1].spansAcross).toBe(true);
    expect(rows[0].spansAcross).toBe(false);
  });

  it('copies a vertically merged cell into every row it covers, and says so', () => {
    const rows = expandGrid({
      rows: [
        [{ text: '1' }, { text: 'A' }, { text: 'Phòng VHXH', rowSpan: 3 }, { text: 'Quý I' }],
        cells('2', 'B', 'Quý II'),
        cells('3', 'C', 'Quý III'),
      ],
    });
    expect(rows.map((row) => row.cells)).toEqual([
      ['1', 'A', 'Phòng VHXH', 'Quý I'],
      ['2', 'B', 'Phòng VHXH', 'Quý II'],
      ['3', 'C', 'Phòng VHXH', 'Quý III'],
    ]);
    expect(rows.map((row) => row.copiedDown[2])).toEqual([false, true, true]);
  });

  it('places the cells of a row after a block merged both ways', () => {
    const rows = expandGrid({
      rows: [[{ text: 'X', colSpan: 2, rowSpan: 2 }, { text: 'a' }], cells('b'), cells('c', 'd', 'e')],
    });
    expect(rows.map((row) => row.cells)).toEqual([
      ['X', '', 'a'],
      ['X', '', 'b'],
      ['c', 'd', 'e'],
    ]);
  });

  it('normalises cell text and keeps the source rows it is given', () => {
    const rows = expandGrid({ rows: [cells(' Phòng\u00a0VH\u2011XH ')], sourceRows: [42] });
    expect(rows[0]).toMatchObject({ cells: ['Phòng VH-XH'], sourceRow: 42 });
  });

  it('survives cells that are not cells and spans that are not numbers', () => {
    const rows = expandGrid({
      rows: [
        [null, { text: 5 }, { text: 'a', colSpan: -3, rowSpan: Number.NaN }, { text: 'b', colSpan: 1e9 }],
      ] as never,
    });
    expect(rows[0].cells.slice(0, 3)).toEqual(['', '', 'a']);
    expect(rows[0].cells.length).toBeLessThanOrEqual(70);
  });
});
