import { initialContext } from '@dondoc/workflows';
import { aCard, aPlan, aUser } from '../../../testing/factories';
import { columnMoves } from './column-moves';
import type { Giver } from './stand-ins';
import { toStandInActor, toWorkflowActor, toWorkflowTask, whyNotDrop, workflowMoves } from './workflow-task';

describe('whyNotDrop', () => {
  const plan = aPlan({ wardId: 'ward-1', reviewerUnitId: 'unit-review', approverUnitId: 'unit-approve' });
  const approver = aUser({
    id: 'user-approver',
    roles: ['approver'],
    ward: { id: 'ward-1', code: 'HD', name: 'Phường Hải Dương' },
    unit: { id: 'unit-approve', code: 'VP', name: 'Văn phòng HĐND&UBND' },
  });
  const reviewed = (reviewedBy: string) =>
    aCard({
      type: 'document',
      state: 'reviewed',
      column: 'reviewed',
      leadUnitId: 'unit-review',
      context: { submittedBy: 'user-lead', reviewedBy, deliverableRef: 'kh.pdf' },
    });

  it('says four eyes when the approver who reviewed the version lets it go on "Đã duyệt"', () => {
    expect(whyNotDrop(reviewed('user-approver'), 'approved', plan, approver)).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'FOUR_EYES_REVIEWER',
      reason: expect.stringContaining('bốn mắt'),
    });
  });

  it('lets another approver drop it there, and names a column no move leads to', () => {
    expect(whyNotDrop(reviewed('user-other'), 'approved', plan, approver)).toBeNull();
    expect(whyNotDrop(reviewed('user-other'), 'draft', plan, approver)).toMatchObject({
      code: 'EVENT_NOT_ACCEPTED',
    });
  });

  it('follows the plan’s alternate reviewer unit, as the server does', () => {
    const submitted = aCard({
      type: 'document',
      state: 'submitted',
      column: 'submitted',
      leadUnitId: 'unit-review',
      context: { submittedBy: 'user-lead', deliverableRef: 'kh.pdf' },
    });
    const alternate = { ...plan, alternateReviewerUnitId: 'unit-alt' };
    expect(whyNotDrop(submitted, 'reviewed', plan, approver)).toBeNull();
    expect(whyNotDrop(submitted, 'reviewed', alternate, approver)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

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

describe('workflowMoves for a stand-in', () => {
  // The plan's approver unit is the office (unit-vp); its approver is away and delegated to a clerk.
  const plan = aPlan();
  const reviewed = aCard({ state: 'reviewed', column: 'reviewed' });
  const approver: Giver = {
    id: 'user-approver',
    fullName: 'Nguyễn Văn A',
    unitId: 'unit-vp',
    roles: ['approver'],
  };
  const clerk = aUser({
    id: 'user-clerk',
    roles: ['staff'],
    unit: { id: 'unit-vp', code: 'VP', name: 'Văn phòng HĐND&UBND' },
  });
  const forApprover = { id: 'user-approver', name: 'Nguyễn Văn A' };

  it("acts as the server judges a stand-in: the user's name, the giver's unit and roles", () => {
    expect(toStandInActor(clerk, approver)).toEqual({
      userId: 'user-clerk',
      wardId: 'ward-hd',
      unitId: 'unit-vp',
      roles: ['approver'],
    });
  });

  it('offers the approval the approver could make, marked with whom it is made for', () => {
    const moves = workflowMoves(plan, clerk, [approver])(reviewed);
    expect(moves).toContainEqual({
      event: 'APPROVE',
      to: 'approved',
      needs: expect.any(Array),
      onBehalfOf: forApprover,
    });
    // Approving or sending back is the approver's to do: every column move there is made for them.
    const columns = columnMoves(reviewed, moves);
    expect(columns.map((move) => move.to).sort()).toEqual(['approved', 'cancelled', 'returned']);
    expect(columns.every((move) => move.onBehalfOf?.id === 'user-approver')).toBe(true);
  });

  it('offers the clerk nothing of the kind without a delegation', () => {
    expect(columnMoves(reviewed, workflowMoves(plan, clerk)(reviewed))).toEqual([]);
    expect(columnMoves(reviewed, workflowMoves(plan, clerk, [])(reviewed))).toEqual([]);
  });

  it("lets the user's own move to a column win over the giver's move there", () => {
    const head = aUser({ ...clerk, roles: ['unit_head'] });
    const moves = columnMoves(reviewed, workflowMoves(plan, head, [approver])(reviewed));
    const approve = moves.find((move) => move.to === 'approved');
    expect(approve).toMatchObject({ event: 'APPROVE' });
    expect(approve?.onBehalfOf).toBeUndefined();
    expect(moves.filter((move) => move.to === 'approved')).toHaveLength(1);
  });

  it("keeps the user's own moves and adds the giver's where they lead elsewhere", () => {
    const draft = aCard({ state: 'draft', column: 'draft', leadUnitId: 'unit-vp' });
    const moves = columnMoves(draft, workflowMoves(plan, clerk, [approver])(draft));
    expect(moves.find((move) => move.to === 'submitted')?.onBehalfOf).toBeUndefined();
    expect(moves.find((move) => move.to === 'cancelled')?.onBehalfOf).toEqual(forApprover);
  });
});
