import { API, type TaskDetailDto } from '@dondoc/contracts';
import type { BoardPage } from '../pages/board.page';
import { apiAs, draftDocumentLedBy, eventsOf, firstPlanId } from '../support/api';
import { useBuiltApp } from '../support/browser';
import { conflictText, movedText } from '../support/labels';
import { BrowserSessions } from '../support/sessions';

/** The toast a board shows once its own move has an answer: `success` or `error`. */
async function outcomeOf(board: BoardPage): Promise<{ kind: string | null; text: string }> {
  const toast = board.page.locator('.toast');
  await toast.waitFor();
  return { kind: await toast.getAttribute('data-kind'), text: (await board.notice().innerText()).trim() };
}

/**
 * Issue #5: two people of the lead unit drop the same draft card on "Đã trình" at the same moment.
 * The version check lets exactly one through; the other board shows where the card really is.
 */
describe('two browsers move the same card at once', () => {
  useBuiltApp();
  const sessions = new BrowserSessions();

  beforeAll(() => sessions.start());
  afterAll(() => sessions.stop());

  it('exactly one submit wins; the other is told and shows the winner’s state', async () => {
    const staffApi = await apiAs('hd.vhxh.staff');
    const planId = await firstPlanId(staffApi);
    const card = await draftDocumentLedBy(staffApi, planId, 'VHXH');
    const staff = await sessions.boardAs('hd.vhxh.staff', planId);
    const head = await sessions.boardAs('hd.vhxh.head', planId);

    // Both pick the card up and drop it; each fills in its own dialog, still at the same version.
    const files = ['ban-cua-chuyen-vien.docx', 'ban-cua-truong-phong.docx'];
    for (const [index, board] of [staff, head].entries()) {
      await board.drag(card.ref, 'submitted');
      await board.page.getByTestId('deliverableRef-input').fill(files[index]);
    }
    expect(await staff.versionOf(card.ref)).toBe(card.version);
    expect(await head.versionOf(card.ref)).toBe(card.version);

    // …and both confirm at the same moment.
    await Promise.all([staff, head].map((board) => board.page.getByTestId('dialog-confirm').click()));

    const outcomes = await Promise.all([staff, head].map(outcomeOf));
    const winner = outcomes.findIndex((outcome) => outcome.kind === 'success');
    expect(winner).toBeGreaterThanOrEqual(0);
    const loser = 1 - winner;
    expect(outcomes[winner].text).toBe(movedText(card.ref, 'submitted'));
    expect(outcomes[loser]).toEqual({ kind: 'error', text: conflictText(card.ref, 'submitted') });

    for (const board of [staff, head]) await board.waitForCardAt(card.ref, 'submitted', card.version + 1);
    expect(await eventsOf(staffApi, card.id)).toEqual(['SUBMIT']);
    const task = await staffApi.get<TaskDetailDto>(API.task(card.id));
    expect(task.card.context['deliverableRef']).toBe(files[winner]);
  });
});
