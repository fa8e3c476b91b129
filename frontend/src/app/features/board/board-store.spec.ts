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

describe('BoardStore on a big board, first cards then the whole board', () => {
  const totals = { waiting: 0, draft: 3, returned: 0, submitted: 1, reviewed: 0, approved: 0, cancelled: 0 };
  const first = aBoard({
    cards: [aCard({ id: 'a', ref: '1', version: 1 }), aCard({ id: 'b', ref: '2', version: 1 })],
    cursor: '10',
    columnTotals: totals,
  });

  function partialStore(): BoardStore {
    TestBed.configureTestingModule({ providers: [BoardStore] });
    const store = TestBed.inject(BoardStore);
    store.loadFirstCards(first);
    return store;
  }

  it('holds the first cards and the server’s totals until the whole board arrives', () => {
    const store = partialStore();
    expect(store.complete()).toBe(false);
    expect(Object.fromEntries(store.columnTotals() ?? [])).toEqual(totals);
    expect(store.lastEventId()).toBe('10');
  });

  it('is complete at once when the first cards are all the cards', () => {
    TestBed.configureTestingModule({ providers: [BoardStore] });
    const store = TestBed.inject(BoardStore);
    store.loadFirstCards({ ...first, columnTotals: { ...totals, draft: 2, submitted: 0 } });
    expect(store.complete()).toBe(true);
    expect(store.columnTotals()).toBeNull();
  });

  it('moves the totals with each change, for cards held and cards not loaded yet', () => {
    const store = partialStore();
    store.applyChange(
      aChange({ id: 'a', version: 2, column: 'submitted' }, { id: '11', fromState: 'draft' }),
    );
    store.applyChange(
      aChange({ id: 'unseen', ref: '9', version: 2, column: 'submitted' }, { id: '12', fromState: 'draft' }),
    );
    expect(store.columnTotals()?.get('draft')).toBe(1);
    expect(store.columnTotals()?.get('submitted')).toBe(3);
    expect(store.card('unseen')?.column).toBe('submitted');
  });

  it('counts a task created meanwhile (task.created) in its column, as a card that is new', () => {
    const store = partialStore();
    const created = aChange(
      { id: 'added', ref: '12', version: 2, state: 'draft', column: 'draft' },
      { id: '13', event: 'CREATE_TASK', fromState: 'draft', toState: 'draft' },
    );
    expect(store.applyChange(created)).toBe(true);
    expect(store.applyChange(created)).toBe(false);
    expect(store.columnTotals()?.get('draft')).toBe(4);
    expect(store.card('added')?.ref).toBe('12');
    expect(store.lastEventId()).toBe('13');
  });

  it('merges the whole board by version: a live change that overtook the read stays', () => {
    const store = partialStore();
    store.applyChange(
      aChange({ id: 'a', version: 3, column: 'submitted' }, { id: '14', fromState: 'draft' }),
    );
    store.completeWith(
      aBoard({
        cards: [
          aCard({ id: 'a', ref: '1', version: 2, column: 'draft' }),
          aCard({ id: 'b', ref: '2', version: 1 }),
          aCard({ id: 'c', ref: '3', version: 1 }),
          aCard({ id: 'd', ref: '4', version: 1, column: 'submitted' }),
        ],
        cursor: '12',
      }),
    );
    expect(store.complete()).toBe(true);
    expect(store.columnTotals()).toBeNull();
    expect(store.card('a')).toMatchObject({ version: 3, column: 'submitted' });
    expect([...store.cards().keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(store.lastEventId()).toBe('14');
  });

  it('resumes from the whole board’s cursor when it is the later one', () => {
    const store = partialStore();
    store.completeWith(aBoard({ cards: [], cursor: '30' }));
    expect(store.lastEventId()).toBe('30');
    expect(store.card('a')).toBeDefined();
  });
});
