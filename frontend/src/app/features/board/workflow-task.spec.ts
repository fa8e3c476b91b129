import { initialContext } from '@dondoc/workflows';
import { aCard, aPlan, aUser } from '../../../testing/factories';
import { toWorkflowActor, toWorkflowTask, workflowMoves } from './workflow-task';

describe('toWorkflowTask', () => {
  const plan = aPlan({ wardId: 'ward-1', reviewerUnitId: 'unit-review', approverUnitId: 'unit-approve' });

  it('takes the task from the card and the units that judge it from the plan', () => {
    const card = aCard({
      type: 'legal_document',
      state: 'submitted.appraisal',
      machineVersion: 2,
      leadUnitId: 'unit-lead',
      cooperatorUnitIds: ['unit-a', 'unit-b'],
    });
    expect(toWorkflowTask(card, plan)).toMatchObject({
      type: 'legal_document',
      state: 'submitted.appraisal',
      machineVersion: 2,
      leadUnitId: 'unit-lead',
      cooperatorUnitIds: ['unit-a', 'unit-b'],
      reviewerUnitId: 'unit-review',
      approverUnitId: 'unit-approve',
      wardId: 'ward-1',
    });
  });

  it.each([
    ['an empty context', {}, { returnReason: null, deliverableRef: null, opinions: [] }],
    [
      'a persisted context',
      { returnReason: 'Thiếu số liệu', deliverableRef: 'KH 12' },
      { returnReason: 'Thiếu số liệu', deliverableRef: 'KH 12' },
    ],
  ])('reads %s over the defaults', (_case, context, expected) => {
    expect(toWorkflowTask(aCard({ context }), plan).context).toMatchObject(expected);
  });

  it('gives back the whole context from a compact card (only the fields that differ from a new task)', () => {
    const changed = { returnReason: 'Thiếu số liệu', progressPeriod: 'month', consultees: ['unit-b'] };
    expect(toWorkflowTask(aCard({ context: changed }), plan).context).toEqual({
      ...initialContext(),
      ...changed,
    });
  });

  it('handles a card without a lead unit and plans without reviewer or approver', () => {
    const task = toWorkflowTask(
      aCard({ leadUnitId: null, cooperatorUnitIds: [] }),
      aPlan({ reviewerUnitId: null, approverUnitId: null }),
    );
    expect(task).toMatchObject({
      leadUnitId: null,
      cooperatorUnitIds: [],
      reviewerUnitId: null,
      approverUnitId: null,
    });
  });
});

describe('toWorkflowActor', () => {
  it.each([
    [
      'a unit member',
      aUser({ id: 'u-1', roles: ['staff'] }),
      { userId: 'u-1', wardId: 'ward-hd', unitId: 'unit-vhxh', roles: ['staff'] },
    ],
    [
      'a leader without a unit',
      aUser({ id: 'u-2', roles: ['leader'], unit: null }),
      { userId: 'u-2', wardId: 'ward-hd', unitId: null, roles: ['leader'] },
    ],
  ])('maps %s', (_case, user, expected) => {
    expect(toWorkflowActor(user)).toEqual(expected);
  });
});

describe('workflowMoves', () => {
  const plan = aPlan();

  it('offers the lead unit the submission of its draft', () => {
    const moves = workflowMoves(plan, aUser())(aCard({ state: 'draft', column: 'draft' }));
    expect(moves.map((move) => move.to)).toContain('submitted');
  });

  it('offers nothing to a user of another ward', () => {
    const stranger = aUser({ ward: { id: 'ward-other', code: 'X', name: 'Phường khác' } });
    expect(workflowMoves(plan, stranger)(aCard())).toEqual([]);
  });

  it('offers nothing rather than failing on a state the engine does not know', () => {
    expect(workflowMoves(plan, aUser())(aCard({ state: 'no-such-state' }))).toEqual([]);
  });
});
