import { API, type LeadershipBoardDto } from '@dondoc/contracts';
import { LeadershipPage } from '../pages/leadership.page';
import { LoginPage } from '../pages/login.page';
import { apiAs, draftDocumentLedBy, firstPlanId, moveThroughApi, submitThroughApi } from '../support/api';
import { useBuiltApp } from '../support/browser';
import { BrowserSessions } from '../support/sessions';

/**
 * Issue #5: the chairman keeps `/lanh-dao` open; when a task is approved elsewhere its count
 * moves from its old timeliness to "done", without a reload.
 */
describe('leadership counts change live', () => {
  useBuiltApp();
  const sessions = new BrowserSessions();

  beforeAll(() => sessions.start());
  afterAll(() => sessions.stop());

  it('moves an approved task to a "done" count and a cancelled one to "Đã huỷ" in the open page', async () => {
    const staffApi = await apiAs('hd.pvhcc.staff');
    const leaderApi = await apiAs('hd.leader');
    const planId = await firstPlanId(staffApi);
    const card = await draftDocumentLedBy(staffApi, planId, 'PVHCC');

    const page = await sessions.newPage();
    await new LoginPage(page).signIn('hd.leader');
    await page.getByTestId('board').waitFor();
    const leadership = new LeadershipPage(page);
    await leadership.open();
    const before = await leadership.totals();
    expect(before).toEqual((await leaderApi.get<LeadershipBoardDto>(API.leadership)).totals);
    await page.evaluate(() => Object.assign(window, { e2eMarker: 'before-the-moves' }));

    const submitted = await submitThroughApi(staffApi, card);
    const reviewed = await moveThroughApi(await apiAs('hd.reviewer'), card.id, {
      event: 'REVIEW',
      expectedVersion: submitted.version,
    });
    const approved = await moveThroughApi(await apiAs('hd.approver'), card.id, {
      event: 'APPROVE',
      expectedVersion: reviewed.version,
      payload: { issuedNumber: '22/KH-UBND', issuedOn: new Date().toISOString().slice(0, 10) },
    });
    expect(approved.timeliness).toMatch(/^done_/);
    expect(card.timeliness).not.toMatch(/^done_/);

    const after = { ...before };
    after[card.timeliness] -= 1;
    after[approved.timeliness] += 1;
    expect((await leaderApi.get<LeadershipBoardDto>(API.leadership)).totals).toEqual(after);
    await leadership.waitForTotals(after);
    expect(await page.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker)).toBe(
      'before-the-moves',
    );

    // A cancelled task leaves its timeliness for "Đã huỷ", counted apart and outside the total.
    // The plan's last PVHCC draft was approved above: cancel one VHXH leads.
    const dropped = await draftDocumentLedBy(await apiAs('hd.vhxh.staff'), planId, 'VHXH');
    const cancelled = await moveThroughApi(await apiAs('hd.approver'), dropped.id, {
      event: 'CANCEL',
      expectedVersion: dropped.version,
      comment: 'Không còn phù hợp',
    });
    expect(cancelled.timeliness).toBe('cancelled');
    const afterCancel = { ...after, cancelled: after.cancelled + 1 };
    afterCancel[dropped.timeliness] -= 1;
    await leadership.waitForTotals(afterCancel);
    const counted = (counts: typeof after) =>
      Object.entries(counts).reduce((sum, [key, count]) => (key === 'cancelled' ? sum : sum + count), 0);
    expect(Number((await page.getByTestId('leadership-total-all').innerText()).trim())).toBe(
      counted(afterCancel),
    );
  });
});
