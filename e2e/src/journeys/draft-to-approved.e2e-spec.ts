import { API } from '@dondoc/contracts';
import { apiAs, draftDocumentLedBy, firstPlanId } from '../support/api';
import { useBuiltApp } from '../support/browser';
import { BrowserSessions } from '../support/sessions';

/**
 * Issue #2's journey on the Hải Dương demo ward: the lead unit's staff submits, the reviewer
 * reviews, the approver approves — each by dragging the card — while leadership watches the same
 * board in another browser context and sees every move arrive live.
 */
describe('a task goes from draft to approved on a live board', () => {
  useBuiltApp();
  const sessions = new BrowserSessions();

  beforeAll(() => sessions.start());
  afterAll(() => sessions.stop());

  it('moves through every column by drag and drop while leadership watches live', async () => {
    const staffApi = await apiAs('hd.pvhcc.staff');
    const plan = { id: await firstPlanId(staffApi) };
    const card = await draftDocumentLedBy(staffApi, plan.id, 'PVHCC');

    const leader = await sessions.boardAs('hd.leader', plan.id);
    const staff = await sessions.boardAs('hd.pvhcc.staff', plan.id);
    expect(await leader.columnOf(card.ref)).toBe('draft');

    await staff.drag(card.ref, 'submitted');
    await staff.confirmDialog({ 'deliverableRef-input': 'ke-hoach-cchc-2026.docx' });
    await staff.waitForCardIn(card.ref, 'submitted');
    await leader.waitForCardIn(card.ref, 'submitted');

    const reviewer = await sessions.boardAs('hd.reviewer', plan.id);
    await reviewer.drag(card.ref, 'reviewed');
    await reviewer.waitForCardIn(card.ref, 'reviewed');
    await leader.waitForCardIn(card.ref, 'reviewed');

    const approver = await sessions.boardAs('hd.approver', plan.id);
    await approver.drag(card.ref, 'approved');
    await approver.confirmDialog({ 'issuedNumber-input': '20/KH-UBND', 'issuedOn-input': '02/03/2026' });
    await approver.waitForCardIn(card.ref, 'approved');
    await leader.waitForCardIn(card.ref, 'approved');
    await staff.waitForCardIn(card.ref, 'approved');

    const history = await staffApi.get<{ history: { event: string }[] }>(API.task(card.id));
    expect(history.history.map((event) => event.event)).toEqual(['SUBMIT', 'REVIEW', 'APPROVE']);
  });

  it('refuses a forbidden drag: staff cannot approve', async () => {
    const staffApi = await apiAs('hd.vhxh.staff');
    const plan = { id: await firstPlanId(staffApi) };
    const card = await draftDocumentLedBy(staffApi, plan.id, 'VHXH', 1);
    const staff = await sessions.boardAs('hd.vhxh.staff', plan.id);

    await staff.drag(card.ref, 'approved');
    await staff.page.waitForTimeout(500);
    expect(await staff.columnOf(card.ref)).toBe('draft');

    const straightToApi = await staffApi.post(API.transitions(card.id), {
      event: 'APPROVE',
      expectedVersion: card.version,
      payload: { issuedNumber: '1/KH', issuedOn: '2026-03-02' },
    });
    expect(straightToApi.status).toBe(422);

    await staff.drag(card.ref, 'submitted');
    await staff.confirmDialog({ 'deliverableRef-input': 'ban-du-thao.docx' });
    await staff.waitForCardIn(card.ref, 'submitted');
    const selfApproval = await staffApi.post(API.transitions(card.id), {
      event: 'REVIEW',
      expectedVersion: card.version + 1,
    });
    expect(selfApproval).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(await staff.columnOf(card.ref)).toBe('submitted');
  });
});
