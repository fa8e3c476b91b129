import { initialContext } from './context';
import { type Migration, normaliseContext, upgrade } from './versions';

const persisted = { state: 'draft', context: initialContext() };
const renameState: Migration = (row) => ({ ...row, state: row.state === 'draft' ? 'drafting' : row.state });
const markContext: Migration = (row) => ({ ...row, context: { ...row.context, returnReason: 'migrated' } });

describe('upgrade', () => {
  it.each([
    ['current version', 1, 1, {}, persisted],
    ['one step', 1, 2, { 1: renameState }, { ...persisted, state: 'drafting' }],
    [
      'two steps in order',
      1,
      3,
      { 1: renameState, 2: markContext },
      { state: 'drafting', context: { ...initialContext(), returnReason: 'migrated' } },
    ],
    ['a missing step', 1, 3, { 1: renameState }, null],
    ['a row from a newer machine', 2, 1, {}, null],
    ['a version that is not a number', Number.NaN, 1, {}, null],
  ])('%s', (_name, from, current, migrations, expected) => {
    expect(upgrade(persisted, from, current, migrations)).toEqual(expected);
  });
});

describe('normaliseContext', () => {
  it('fills fields missing from an older row', () => {
    expect(normaliseContext({ deliverableRef: 'att-1' })).toEqual({
      ...initialContext(),
      deliverableRef: 'att-1',
    });
  });

  it('reads who acted on the version as unknown when a row predates four eyes or holds junk', () => {
    expect(normaliseContext({ deliverableRef: 'att-1' })).toMatchObject({
      submittedBy: null,
      reviewedBy: null,
    });
    expect(normaliseContext({ submittedBy: 42, reviewedBy: ['u'] })).toMatchObject({
      submittedBy: null,
      reviewedBy: null,
    });
    expect(normaliseContext({ submittedBy: 'u-1' }).submittedBy).toBe('u-1');
  });

  it.each([null, 'text', 42])('reads %p as an empty context', (stored) => {
    expect(normaliseContext(stored)).toEqual(initialContext());
  });

  it('resets list fields that are not lists and drops opinions that are not objects', () => {
    const context = normaliseContext({
      progress: 'x',
      consultees: ['a', 3],
      opinions: [null, { unitId: 'a' }],
    });
    expect(context.progress).toEqual([]);
    expect(context.consultees).toEqual(['a']);
    expect(context.opinions).toEqual([{ unitId: 'a' }]);
  });
});
