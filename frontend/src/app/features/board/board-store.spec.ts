import { TestBed } from '@angular/core/testing';
import { aBoard, aCard, aChange } from '../../../testing/factories';
import { BoardStore } from './board-store';

function storeWith(board = aBoard()): BoardStore {
  TestBed.configureTestingModule({ providers: [BoardStore] });
  const store = TestBed.inject(BoardStore);
  store.load(board);
  return store;
}

describe('BoardStore', () => {
  it('holds the loaded cards by id and resumes from the board cursor', () => {
    const store = storeWith(aBoard({ cards: [aCard({ id: 'a' }), aCard({ id: 'b' })], cursor: '41' }));
    expect([...store.cards().keys()]).toEqual(['a', 'b']);
    expect(store.lastEventId()).toBe('41');
  });

  it.each([
    ['a newer version', 3, true, 'submitted'],
    ['the same version', 2, false, 'draft'],
    ['an older version', 1, false, 'draft'],
  ])('on %s applies it: %p', (_case, version, applied, column) => {
    const store = storeWith(aBoard({ cards: [aCard({ version: 2, column: 'draft' })] }));
    expect(store.applyCard(aCard({ version, column: 'submitted' }))).toBe(applied);
    expect(store.card('task-1')?.column).toBe(column);
  });

  it('adds a card it did not hold', () => {
    const store = storeWith(aBoard({ cards: [] }));
    expect(store.applyCard(aCard({ id: 'new' }))).toBe(true);
    expect(store.card('new')).toBeDefined();
  });

  it('ignores cards of another plan', () => {
    const store = storeWith();
    expect(store.applyCard(aCard({ id: 'elsewhere', planId: 'other-plan' }))).toBe(false);
    expect(store.applyChange(aChange({ planId: 'other-plan' }, { id: '99' }))).toBe(false);
    expect(store.card('elsewhere')).toBeUndefined();
    expect(store.lastEventId()).toBe('10');
  });

  it('keeps the newest card whatever order the changes arrive in', () => {
    const store = storeWith(aBoard({ cards: [aCard({ version: 1 })] }));
    store.applyChanges([
      aChange({ version: 3, column: 'reviewed' }, { id: '13' }),
      aChange({ version: 2, column: 'submitted' }, { id: '12' }),
    ]);
    expect(store.card('task-1')).toMatchObject({ version: 3, column: 'reviewed' });
    expect(store.lastEventId()).toBe('13');
  });

  it('tracks the last event id as a number, never going back', () => {
    const store = storeWith(aBoard({ cursor: '9' }));
    store.applyChange(aChange({ version: 2 }, { id: '10' }));
    expect(store.lastEventId()).toBe('10');
    store.applyChange(aChange({ version: 2 }, { id: '8' }));
    expect(store.lastEventId()).toBe('10');
  });

  it('notes the event of a stale change even though the card is not replaced', () => {
    const store = storeWith(aBoard({ cards: [aCard({ version: 5 })], cursor: '20' }));
    expect(store.applyChange(aChange({ version: 4 }, { id: '21' }))).toBe(false);
    expect(store.lastEventId()).toBe('21');
    expect(store.card('task-1')?.version).toBe(5);
  });

  it('groups cards by column in the order of the plan', () => {
    const store = storeWith(
      aBoard({
        cards: [
          aCard({ id: 'c', ref: '10', column: 'draft' }),
          aCard({ id: 'a', ref: '2', column: 'draft' }),
          aCard({ id: 'b', ref: '1.2', column: 'submitted' }),
        ],
      }),
    );
    const refs = (column: 'draft' | 'submitted' | 'approved') =>
      store
        .cardsByColumn()
        .get(column)
        ?.map((card) => card.ref);
    expect(refs('draft')).toEqual(['2', '10']);
    expect(refs('submitted')).toEqual(['1.2']);
    expect(refs('approved')).toEqual([]);
  });

  it('regroups when a change moves a card', () => {
    const store = storeWith(aBoard({ cards: [aCard({ version: 1, column: 'draft' })] }));
    store.applyChange(aChange({ version: 2, column: 'submitted' }));
    expect(store.cardsByColumn().get('draft')).toEqual([]);
    expect(
      store
        .cardsByColumn()
        .get('submitted')
        ?.map((card) => card.id),
    ).toEqual(['task-1']);
  });
});
