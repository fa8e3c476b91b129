import { BOARD_COLUMNS } from '@dondoc/domain';
import { aCard } from '../../../testing/factories';
import { buildLanes, dropZoneTestId, laneKeyOf } from './swimlanes';

const sections = [
  { key: 'I', title: 'Chỉ đạo, điều hành' },
  { key: 'II', title: 'Cải cách thủ tục hành chính' },
  { key: 'III', title: 'Chuyển đổi số' },
];
const units = [
  { id: 'unit-vp', code: 'VP', name: 'Văn phòng' },
  { id: 'unit-vhxh', code: 'VHXH', name: 'Phòng Văn hoá – Xã hội' },
];
const cards = [
  aCard({ id: 'a', ref: '1', sectionKey: 'II', leadUnitCode: 'VHXH', column: 'draft' }),
  aCard({ id: 'b', ref: '2', sectionKey: 'I', leadUnitCode: 'VP', column: 'submitted' }),
  aCard({ id: 'c', ref: '3', sectionKey: null, leadUnitCode: null, column: 'draft' }),
  aCard({ id: 'd', ref: '4', sectionKey: 'II', leadUnitCode: 'VHXH', column: 'approved' }),
  aCard({ id: 'e', ref: '5', sectionKey: 'IX', leadUnitCode: 'TP', column: 'draft' }),
];
const summary = (lanes: ReturnType<typeof buildLanes>) =>
  lanes.map((lane) => [lane.key, lane.title, lane.cards.map((card) => card.ref)]);

describe('buildLanes', () => {
  it('puts every card in one lane without swimlanes, split by column in order', () => {
    const [lane, ...rest] = buildLanes(cards, BOARD_COLUMNS, 'none', sections, units);
    expect(rest).toEqual([]);
    expect(lane.key).toBe('all');
    expect(lane.byColumn.get('draft')?.map((card) => card.ref)).toEqual(['1', '3', '5']);
    expect([...lane.byColumn.keys()]).toEqual([...BOARD_COLUMNS]);
  });

  it('keeps the lane of a board without cards when there are no swimlanes', () => {
    expect(buildLanes([], BOARD_COLUMNS, 'none', sections, units)).toHaveLength(1);
  });

  it('lays sections out in the plan order, unknown ones after, cards without one last; empty lanes go', () => {
    expect(summary(buildLanes(cards, BOARD_COLUMNS, 'section', sections, units))).toEqual([
      ['section-I', 'I. Chỉ đạo, điều hành', ['2']],
      ['section-II', 'II. Cải cách thủ tục hành chính', ['1', '4']],
      ['section-IX', 'IX', ['5']],
      ['section-none', null, ['3']],
    ]);
  });

  it('lays lead units out in the board order, with a lane for tasks without a lead', () => {
    const lanes = buildLanes(cards, BOARD_COLUMNS, 'unit', sections, units);
    expect(summary(lanes)).toEqual([
      ['unit-VP', 'VP — Văn phòng', ['2']],
      ['unit-VHXH', 'VHXH — Phòng Văn hoá – Xã hội', ['1', '4']],
      ['unit-TP', 'TP', ['5']],
      ['unit-none', null, ['3']],
    ]);
    expect(lanes[1].byColumn.get('approved')?.map((card) => card.ref)).toEqual(['4']);
  });

  it('names the lane of each card the way buildLanes does', () => {
    for (const mode of ['none', 'section', 'unit'] as const) {
      for (const lane of buildLanes(cards, BOARD_COLUMNS, mode, sections, units)) {
        for (const card of lane.cards) expect(laneKeyOf(card, mode)).toBe(lane.key);
      }
    }
  });
});

describe('dropZoneTestId', () => {
  it('names a drop zone by its column first, then its lane when there is one', () => {
    expect(dropZoneTestId('draft', null)).toBe('column-draft');
    expect(dropZoneTestId('draft', 'section-II')).toBe('column-draft-lane-section-II');
    expect(dropZoneTestId('submitted', 'unit-none')).toBe('column-submitted-lane-unit-none');
  });

  it('gives every lane’s zone of a column the plain zone’s name as prefix, and no other column’s', () => {
    for (const column of BOARD_COLUMNS) {
      const zone = dropZoneTestId(column, 'section-I');
      expect(zone.startsWith(dropZoneTestId(column, null))).toBe(true);
      for (const other of BOARD_COLUMNS.filter((name) => name !== column))
        expect(zone.startsWith(dropZoneTestId(other, null))).toBe(false);
    }
  });
});
