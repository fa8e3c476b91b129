import type { CardDto, MoveOptionDto } from '@dondoc/contracts';
import { aCard } from '../../../testing/factories';
import type { BoardMove } from './board-move';
import { bulkTargets } from './bulk-moves';
import type { MovesOf } from './column-moves';

const submit: MoveOptionDto = { event: 'SUBMIT', to: 'submitted', needs: ['deliverable'] };
const resubmit: MoveOptionDto = { event: 'RESUBMIT', to: 'submitted', needs: ['deliverable'] };
const reportSubmit: MoveOptionDto = { event: 'SUBMIT_REPORT', to: 'submitted', needs: ['progressReport'] };
const cancel: MoveOptionDto = { event: 'CANCEL', to: 'cancelled', needs: ['reason'] };
const approve: MoveOptionDto = { event: 'APPROVE', to: 'approved', needs: [] };
const comment: MoveOptionDto = { event: 'COMMENT', to: 'draft', needs: ['comment'] };

function movesFrom(table: Record<string, MoveOptionDto[]>): MovesOf {
  return (card: CardDto) => table[card.id] ?? [];
}

const columnsOf = (cards: CardDto[], movesOf: MovesOf) =>
  bulkTargets(cards, movesOf).map((target) => target.column);

describe('bulkTargets', () => {
  const a = aCard({ id: 'a', ref: '1', column: 'draft' });
  const b = aCard({ id: 'b', ref: '2', column: 'draft' });
  const c = aCard({ id: 'c', ref: '3', column: 'returned' });

  it('offers nothing for an empty selection', () => {
    expect(bulkTargets([], movesFrom({}))).toEqual([]);
  });

  it('offers only the columns every selected card may go to, in board order', () => {
    const movesOf = movesFrom({ a: [cancel, submit, approve], b: [submit, cancel], c: [resubmit, cancel] });
    expect(columnsOf([a, b, c], movesOf)).toEqual(['submitted', 'cancelled']);
    expect(columnsOf([a], movesOf)).toEqual(['submitted', 'approved', 'cancelled']);
  });

  it("keeps each card's own move there: events may differ by card", () => {
    const [target] = bulkTargets([a, c], movesFrom({ a: [submit], c: [resubmit] }));
    expect(target.column).toBe('submitted');
    expect([...target.moves.entries()]).toEqual([
      ['a', submit],
      ['c', resubmit],
    ]);
    expect(target.fieldKeys).toEqual(['deliverableRef']);
  });

  it('leaves out a column reached with different inputs: one dialog cannot ask for both', () => {
    expect(columnsOf([a, b], movesFrom({ a: [submit, cancel], b: [reportSubmit, cancel] }))).toEqual([
      'cancelled',
    ]);
  });

  it('offers nothing when one selected card cannot move at all', () => {
    expect(columnsOf([a, b], movesFrom({ a: [submit, cancel] }))).toEqual([]);
  });

  it('ignores moves that stay in the column', () => {
    expect(columnsOf([a, b], movesFrom({ a: [comment], b: [comment] }))).toEqual([]);
  });

  it('names the colleagues some cards are moved for, each once, and nobody for own moves', () => {
    const forApprover = { id: 'user-approver', name: 'Nguyễn Văn A' };
    const approveFor: BoardMove = { ...approve, onBehalfOf: forApprover };
    const [own] = bulkTargets([a, b], movesFrom({ a: [approve], b: [approve] }));
    expect(own.onBehalfOf).toEqual([]);
    const [mixed] = bulkTargets([a, b, c], movesFrom({ a: [approve], b: [approveFor], c: [approveFor] }));
    expect(mixed.column).toBe('approved');
    expect(mixed.moves.get('b')).toBe(approveFor);
    expect(mixed.onBehalfOf).toEqual([forApprover]);
  });
});
