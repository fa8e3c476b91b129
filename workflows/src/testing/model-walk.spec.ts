import { TASK_TYPES } from '@dondoc/domain';
import { getNextTransitions, pathToStateValue } from 'xstate';
import { initialContext } from '../lib/context';
import { MACHINES, STATES_OF } from '../lib/registry';
import { walk } from './model-walk';

describe('model-based walk of every machine', () => {
  describe.each(TASK_TYPES)('%s', (type) => {
    const { vertices, edges, fourEyesProbes } = walk(type);

    it('reaches every state the machine declares', () => {
      expect([...new Set(vertices)].sort()).toEqual([...STATES_OF[type]].sort());
    });

    it('takes every declared transition of every state', () => {
      const declared = STATES_OF[type].flatMap((state) => {
        const snapshot = MACHINES[type].resolveState({
          value: pathToStateValue(state.split('.')),
          context: initialContext(),
        });
        return [...new Set(getNextTransitions(snapshot).map((t) => `${state} ${t.eventType}`))];
      });
      const taken = new Set(edges.map((edge) => `${edge.from} ${edge.event}`));
      expect(declared.filter((key) => !taken.has(key))).toEqual([]);
    });

    it('lets some real actor take every edge through decide(), to the same state', () => {
      const wrong = edges.filter((edge) => edge.viaDecide !== edge.to);
      expect(wrong).toEqual([]);
    });

    it('never lets the submitter or the reviewer of a version take another step on it', () => {
      expect(edges.filter((edge) => edge.breaksFourEyes)).toEqual([]);
      // The model did try: its submitter and reviewer asked to check their own version, in
      // `submitted` and in `reviewed` at least, where the state declares those steps.
      expect(fourEyesProbes).toBeGreaterThanOrEqual(2);
    });

    it('finishes a parent from every open state when its children are settled', () => {
      const open = new Set(vertices.filter((state) => !['approved', 'cancelled'].includes(state)));
      const finished = edges.filter((edge) => edge.event === 'CHILDREN_DONE');
      expect(new Set(finished.map((edge) => edge.from))).toEqual(open);
      expect(new Set(finished.map((edge) => edge.to))).toEqual(new Set(['approved', 'cancelled']));
    });
  });
});

describe('the walk itself', () => {
  it('finds the document spine edges, so the checks above are not vacuous', () => {
    const keys = walk('document').edges.map((edge) => `${edge.from} ${edge.event} ${edge.to}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'draft SUBMIT submitted',
        'submitted REVIEW reviewed',
        'reviewed APPROVE approved',
        'submitted RETURN returned',
        'reviewed RETURN returned',
        'returned SUBMIT submitted',
        'draft CANCEL cancelled',
        'approved COMMENT approved',
      ]),
    );
  });
});
