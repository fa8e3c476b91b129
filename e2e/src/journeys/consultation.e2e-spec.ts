import type { CardDto, TaskDetailDto } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { addDays, vietnamDateOf } from '@dondoc/deadlines';
import { displayDate, TaskDrawer } from '../pages/task-drawer.page';
import { apiAs, eventsOf, firstPlanId } from '../support/api';
import { useBuiltApp } from '../support/browser';
import { moveConsultationIntoThePast } from '../support/earlier-consultation';
import { BrowserSessions } from '../support/sessions';

/**
 * Issue #13, a legal document (văn bản QPPL) by mouse in the task drawer: the lead unit (Văn
 * phòng) starts the consultation, Phòng VHXH gives its opinion on time, Trung tâm PVHCC after
 * the deadline, and the lead closes it; units that never answered are recorded as "no opinion".
 * The scheduler is off so that the deadline job does not close the consultation first.
 */
describe('a legal document consultation in the drawer', () => {
  useBuiltApp({ SCHEDULER_ENABLED: 'false' });
  const sessions = new BrowserSessions();

  beforeAll(() => sessions.start());
  afterAll(() => sessions.stop());

  /** A legal document in draft, led by Văn phòng, consulting Phòng VHXH and Trung tâm PVHCC. */
  async function legalDocumentToConsult(planId: string): Promise<CardDto> {
    const board = await (await apiAs('hd.vp.staff')).board(planId);
    const card = board.cards.find(
      (candidate) =>
        candidate.type === 'legal_document' &&
        candidate.state === 'draft' &&
        candidate.leadUnitCode === 'VP' &&
        candidate.childCount === 0 &&
        ['VHXH', 'PVHCC'].every((code) => candidate.cooperatorUnitCodes.includes(code)),
    );
    if (!card) throw new Error(`no draft legal document led by VP consulting VHXH and PVHCC in ${planId}`);
    return card;
  }

  it('starts, takes two opinions (one late) and closes the consultation', async () => {
    const today = vietnamDateOf(new Date()) as string;
    const planId = await firstPlanId(await apiAs('hd.vp.staff'));
    const card = await legalDocumentToConsult(planId);

    const lead = await sessions.boardAs('hd.vp.staff', planId);
    const leadDrawer = await TaskDrawer.open(lead.page, card.ref);
    await leadDrawer.action('START_CONSULTATION').click();
    const dialog = lead.page.getByTestId('move-dialog');
    expect(await dialog.getByTestId('consulted-units').innerText()).toContain('PVHCC');
    await dialog.getByTestId('deadline-input').fill(displayDate(addDays(today, 7)));
    await dialog.getByTestId('dialog-confirm').click();
    await leadDrawer.waitForNewestHistory('Lấy ý kiến');
    await lead.card(card.ref).getByTestId('card-badge').filter({ hasText: 'Đang lấy ý kiến' }).waitFor();

    const vhxh = await sessions.boardAs('hd.vhxh.staff', planId);
    const vhxhDrawer = await TaskDrawer.open(vhxh.page, card.ref);
    await vhxhDrawer.take('GIVE_OPINION', { 'opinion-input': 'Thống nhất với dự thảo.' });
    await vhxhDrawer.root.locator('[data-testid="opinion-item"][data-status="given"]').waitFor();

    // Days pass: the deadline is now behind us, the first opinion came before it.
    moveConsultationIntoThePast(card.id, today);

    const pvhcc = await sessions.boardAs('hd.pvhcc.staff', planId);
    const pvhccDrawer = await TaskDrawer.open(pvhcc.page, card.ref);
    await pvhccDrawer.take('GIVE_OPINION', { 'opinion-input': 'Đề nghị bổ sung căn cứ pháp lý.' });
    await pvhccDrawer.root.locator('[data-testid="opinion-item"][data-status="late"]').waitFor();
    expect(await pvhccDrawer.offered()).not.toContain('GIVE_OPINION');

    await leadDrawer.close();
    const reopened = await TaskDrawer.open(lead.page, card.ref);
    await reopened.take('CLOSE_CONSULTATION');
    await reopened.waitForNewestHistory('Kết thúc lấy ý kiến');
    await lead.card(card.ref).getByTestId('card-badge').filter({ hasText: 'Đã lấy ý kiến' }).waitFor();

    // The drawer redraws its opinions from the closing move's answer: wait for it before reading them.
    await reopened.root
      .locator('[data-testid="opinion-item"]:is([data-status="waiting"], [data-status="overdue"])')
      .first()
      .waitFor({ state: 'detached' });
    const statuses = await reopened.opinionStatuses();
    expect(statuses['VHXH']).toBe('given');
    expect(statuses['PVHCC']).toBe('late');
    expect(Object.values(statuses).filter((status) => status === 'waiting' || status === 'overdue')).toEqual(
      [],
    );
    expect(await reopened.offered()).toContain('SUBMIT');

    const api = await apiAs('hd.vp.staff');
    expect(await eventsOf(api, card.id)).toEqual([
      'START_CONSULTATION',
      'GIVE_OPINION',
      'GIVE_OPINION',
      'CLOSE_CONSULTATION',
    ]);
    const detail = await api.get<TaskDetailDto>(API.task(card.id));
    expect(detail.card.state).toBe('consulted');
  });
});
