import { FOUR_EYES_REASONS } from '@dondoc/workflows';
import type { Request } from 'playwright-core';
import {
  apiAs,
  draftDocumentLedBy,
  eventsOf,
  firstPlanId,
  moveThroughApi,
  submitThroughApi,
} from '../support/api';
import { useBuiltApp } from '../support/browser';
import { COLUMN_VI, conflictText, refusedText } from '../support/labels';
import { BrowserSessions } from '../support/sessions';
import { SocketGate } from '../support/socket-gate';

const isTransition = (request: Request): boolean =>
  request.method() === 'POST' && /\/api\/tasks\/[^/]+\/transitions$/.test(new URL(request.url()).pathname);

/** `move.notAllowedBecause`: what a refused drop says, on screen and in the live region. */
const notAllowedText = (ref: string, column: 'reviewed' | 'approved', why: string): string =>
  `Không thể chuyển nhiệm vụ ${ref} sang ${COLUMN_VI[column]}: ${why}`;

/** Today in Vietnam as the dialog takes it (dd/mm/yyyy). */
const todayTyped = (): string => {
  const [year, month, day] = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
};

/**
 * Issue #5: moves that do not happen. A column the workflow forbids never lights up and refuses
 * the drop without asking the server, saying why (issue #13: on screen and in the live region,
 * four eyes included); a move the UI allows but the server refuses leaves the card where the
 * server says it is, with the reason in the toast.
 */
describe('refused moves', () => {
  useBuiltApp();
  const sessions = new BrowserSessions();

  beforeAll(() => sessions.start());
  afterAll(() => sessions.stop());

  it('a column the workflow does not allow stays dark and the dropped card stays put', async () => {
    const staffApi = await apiAs('hd.vhxh.staff');
    const planId = await firstPlanId(staffApi);
    const card = await draftDocumentLedBy(staffApi, planId, 'VHXH', 0);
    const staff = await sessions.boardAs('hd.vhxh.staff', planId);
    const sent: Request[] = [];
    staff.page.on('request', (request) => isTransition(request) && sent.push(request));

    await staff.dragOver(card.ref, 'reviewed');
    expect(await staff.acceptingColumns()).toEqual(['submitted']);
    expect(await staff.column('reviewed').getAttribute('data-accepting')).toBe('false');
    await staff.drop();

    const said = notAllowedText(
      card.ref,
      'reviewed',
      `từ đây nhiệm vụ chỉ có thể chuyển sang ${COLUMN_VI.submitted}`,
    );
    await staff.notice().filter({ hasText: said }).waitFor();
    expect((await staff.liveRegion().innerText()).trim()).toBe(said);
    expect(await staff.columnOf(card.ref)).toBe('draft');
    expect(await staff.versionOf(card.ref)).toBe(card.version);
    expect(await staff.acceptingColumns()).toEqual([]);
    expect(await staff.page.getByTestId('move-dialog').count()).toBe(0);
    expect(sent).toHaveLength(0);
    expect(await eventsOf(staffApi, card.id)).toEqual([]);
  });

  it('four eyes: the approver who reviewed a version is refused "Đã duyệt" with the reason; the other approver approves', async () => {
    const staffApi = await apiAs('hd.vhxh.staff');
    const officeApi = await apiAs('hd.approver');
    const planId = await firstPlanId(staffApi);
    const card = await draftDocumentLedBy(staffApi, planId, 'VHXH', 1);
    const past = await eventsOf(staffApi, card.id);
    const submitted = await submitThroughApi(staffApi, card);
    // VHXH is the plan's reviewer unit: the office reviews what VHXH leads.
    const reviewed = await moveThroughApi(officeApi, card.id, {
      event: 'REVIEW',
      expectedVersion: submitted.version,
    });

    const reviewer = await sessions.boardAs('hd.approver', planId);
    const sent: Request[] = [];
    reviewer.page.on('request', (request) => isTransition(request) && sent.push(request));
    await reviewer.waitForCardAt(card.ref, 'reviewed', reviewed.version);
    await reviewer.dragOver(card.ref, 'approved');
    expect(await reviewer.column('approved').getAttribute('data-accepting')).toBe('false');
    await reviewer.drop();
    const said = notAllowedText(card.ref, 'approved', FOUR_EYES_REASONS.FOUR_EYES_REVIEWER);
    await reviewer.notice().filter({ hasText: said }).waitFor();
    expect((await reviewer.liveRegion().innerText()).trim()).toContain(said);
    expect(await reviewer.columnOf(card.ref)).toBe('reviewed');
    expect(sent).toHaveLength(0);

    const head = await sessions.boardAs('hd.vp.head', planId);
    await head.waitForCardAt(card.ref, 'reviewed', reviewed.version);
    await head.drag(card.ref, 'approved');
    await head.confirmDialog({ 'issuedNumber-input': '23/KH-UBND', 'issuedOn-input': todayTyped() });
    await head.waitForCardIn(card.ref, 'approved');
    await reviewer.waitForCardIn(card.ref, 'approved');
    expect(await eventsOf(staffApi, card.id)).toEqual([...past, 'SUBMIT', 'REVIEW', 'APPROVE']);
  });

  it('a stale card is refused by the server and snaps to where the server has it', async () => {
    const staffApi = await apiAs('hd.pvhcc.staff');
    const reviewerApi = await apiAs('hd.reviewer');
    const planId = await firstPlanId(staffApi);
    const card = await draftDocumentLedBy(staffApi, planId, 'PVHCC', 0);
    let gate: SocketGate | null = null;
    const staff = await sessions.boardAs('hd.pvhcc.staff', planId, async (page) => {
      gate = await SocketGate.install(page);
    });
    const socket = gate as unknown as SocketGate;
    await socket.waitForWebSocket();
    await socket.cut();
    await staff.connectionBanner('lost').waitFor();

    // Elsewhere, the card is submitted and returned while this board hears nothing.
    const submitted = await submitThroughApi(staffApi, card);
    const returned = await moveThroughApi(reviewerApi, card.id, {
      event: 'RETURN',
      expectedVersion: submitted.version,
      payload: { reason: 'Thiếu phụ lục kinh phí' },
    });
    expect(returned).toMatchObject({ column: 'returned', version: card.version + 2 });
    expect(await staff.columnOf(card.ref)).toBe('draft');
    expect(await staff.versionOf(card.ref)).toBe(card.version);

    // The stale board still offers "Đã trình"; the server refuses the old version.
    await staff.drag(card.ref, 'submitted');
    await staff.confirmDialog({ 'deliverableRef-input': 'ban-cu.docx' });
    await staff.waitForCardAt(card.ref, 'returned', returned.version);
    await staff.page
      .locator('[data-testid="notice"]', { hasText: conflictText(card.ref, 'returned') })
      .waitFor();
    expect(await staff.page.locator('.toast').getAttribute('data-kind')).toBe('error');
    expect(await eventsOf(staffApi, card.id)).toEqual(['SUBMIT', 'RETURN']);
  });

  it("a move the server refuses shows the server's own reason and the card stays", async () => {
    const staffApi = await apiAs('hd.vp.staff');
    const reviewerApi = await apiAs('hd.reviewer');
    const approverApi = await apiAs('hd.approver');
    const planId = await firstPlanId(staffApi);
    const card = await draftDocumentLedBy(staffApi, planId, 'VP');
    // The demo may have given this draft a past (an extension asked): only what follows counts here.
    const past = await eventsOf(staffApi, card.id);
    const submitted = await submitThroughApi(staffApi, card);
    const reviewed = await moveThroughApi(reviewerApi, card.id, {
      event: 'REVIEW',
      expectedVersion: submitted.version,
    });

    // The dialog accepts any real date; only the server knows an issue date cannot be in the future.
    const nextYear = new Date().getFullYear() + 1;
    const probe = await approverApi.post(`/api/tasks/${card.id}/transitions`, {
      event: 'APPROVE',
      expectedVersion: reviewed.version,
      payload: { issuedNumber: '21/KH-UBND', issuedOn: `${nextYear}-06-15` },
    });
    expect(probe).toMatchObject({ status: 400, body: { code: 'INVALID_PAYLOAD' } });
    const reason = String(probe.body['message']);
    expect(reason).toContain('Ngày ban hành');

    const approver = await sessions.boardAs('hd.approver', planId);
    await approver.waitForCardAt(card.ref, 'reviewed', reviewed.version);
    await approver.drag(card.ref, 'approved');
    await approver.confirmDialog({
      'issuedNumber-input': '21/KH-UBND',
      'issuedOn-input': `15/06/${nextYear}`,
    });
    await approver.page
      .locator('[data-testid="notice"]', { hasText: refusedText(card.ref, reason) })
      .waitFor();
    expect(await approver.columnOf(card.ref)).toBe('reviewed');
    expect(await approver.versionOf(card.ref)).toBe(reviewed.version);
    expect(await eventsOf(staffApi, card.id)).toEqual([...past, 'SUBMIT', 'REVIEW']);
  });
});
