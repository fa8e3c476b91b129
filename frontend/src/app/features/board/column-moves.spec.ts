import type { CardDto, MoveOptionDto } from '@dondoc/contracts';
import type { BoardColumn } from '@dondoc/domain';
import { aCard } from '../../../testing/factories';
import {
  acceptedCardIds,
  AcceptedCards,
  columnMoves,
  dropTargets,
  memoizeByVersion,
  moveToColumn,
  type MovesOf,
} from './column-moves';

function aMove(event: string, to: BoardColumn, needs: string[] = []): MoveOptionDto {
  return { event, to, needs };
}

/** A stand-in for the workflow engine: the moves of each card id. */
function movesTable(table: Record<string, MoveOptionDto[]>): MovesOf {
  return (card) => table[card.id] ?? [];
}

const ALL_COLUMNS: BoardColumn[] = [
  'waiting',
  'draft',
  'returned',
  'submitted',
  'reviewed',
  'approved',
  'cancelled',
];

describe('column drop logic', () => {
  const draft = aCard({ id: 'draft-card', column: 'draft' });
  const submitted = aCard({ id: 'submitted-card', column: 'submitted', state: 'submitted' });
  const movesOf = movesTable({
    'draft-card': [
      aMove('SUBMIT', 'submitted', ['deliverable']),
      aMove('CANCEL', 'cancelled', ['reason']),
      aMove('COMMENT', 'draft', ['comment']),
    ],
    'submitted-card': [
      aMove('REVIEW', 'reviewed'),
      aMove('APPRAISE', 'reviewed'),
      aMove('RETURN', 'returned', ['reason']),
    ],
  });

  it.each<[string, CardDto, BoardColumn[]]>([
    ['a draft the user may submit or cancel', draft, ['submitted', 'cancelled']],
    ['a submission the user may review or return', submitted, ['reviewed', 'returned']],
    ['a card the user may not move', aCard({ id: 'someone-elses' }), []],
  ])('lets %s drop only on its target columns', (_case, card, expected) => {
    expect([...dropTargets(card, movesOf)].sort()).toEqual([...expected].sort());
    for (const column of ALL_COLUMNS) {
      expect(moveToColumn(card, column, movesOf) !== undefined).toBe(expected.includes(column));
    }
  });

  it('never offers the column the card is already in', () => {
    expect(columnMoves(draft, movesOf(draft)).map((move) => move.event)).toEqual(['SUBMIT', 'CANCEL']);
  });

  it('uses the first move the workflow lists when two lead to the same column', () => {
    expect(moveToColumn(submitted, 'reviewed', movesOf)?.event).toBe('REVIEW');
  });

  it('keeps what the move needs so the drop can ask for it', () => {
    expect(moveToColumn(draft, 'cancelled', movesOf)?.needs).toEqual(['reason']);
  });

  it('lists, per column, the cards it accepts', () => {
    const accepted = acceptedCardIds([draft, submitted], ALL_COLUMNS, movesOf);
    expect(Object.fromEntries(accepted)).toEqual({
      waiting: [],
      draft: [],
      returned: ['submitted-card'],
      submitted: ['draft-card'],
      reviewed: ['submitted-card'],
      approved: [],
      cancelled: ['draft-card'],
    });
  });
});

describe('memoizeByVersion', () => {
  it('asks again only when the card changed', () => {
    const compute = jest.fn((_card: CardDto) => [aMove('SUBMIT', 'submitted')]);
    const movesOf = memoizeByVersion(compute);
    movesOf(aCard({ version: 1 }));
    movesOf(aCard({ version: 1 }));
    expect(compute).toHaveBeenCalledTimes(1);
    movesOf(aCard({ version: 2, state: 'submitted' }));
    expect(compute).toHaveBeenCalledTimes(2);
    movesOf(aCard({ id: 'other', version: 1 }));
    expect(compute).toHaveBeenCalledTimes(3);
  });
});

describe('AcceptedCards', () => {
  const accepted = new AcceptedCards((cardId) => cardId === 'task-7');

  it('passes for the array of types ngx-drag-drop expects, and answers for the card asked about', () => {
    expect(Array.isArray(accepted)).toBe(true);
    expect(accepted.indexOf('task-7')).not.toBe(-1);
    expect(accepted.indexOf('task-8')).toBe(-1);
    expect(accepted.includes('task-7')).toBe(true);
    expect(accepted.includes('task-8')).toBe(false);
  });

  it('asks again each time: the answer follows the board', () => {
    let allowed = false;
    const live = new AcceptedCards(() => allowed);
    expect(live.indexOf('task-1')).toBe(-1);
    allowed = true;
    expect(live.indexOf('task-1')).toBe(0);
  });

  it('stays a well-behaved array for code that copies it', () => {
    expect(accepted.slice()).toEqual([]);
    expect(accepted.map((id) => id)).toEqual([]);
  });
});
