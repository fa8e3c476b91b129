import { API, DELIVERABLE_API, type TaskDeliverablesDto } from '@dondoc/contracts';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { BoardPage } from '../pages/board.page';
import { apiAs, draftDocumentLedBy, firstPlanId, moveThroughApi } from '../support/api';
import { appUrl, useBuiltApp } from '../support/browser';
import { refusedText } from '../support/labels';
import { BrowserSessions } from '../support/sessions';

/** A small PDF; the label makes each one's content (and so its hash) different. */
const pdf = (label: string): Buffer =>
  Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${label}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);

/** A Windows executable dressed up as a report. */
const disguisedExecutable = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0')]);

/**
 * Issue #6's journey on the Hải Dương demo ward, with files required for a submission: the lead
 * unit's staff cannot submit without a file, has a disguised executable refused, attaches a PDF in
 * the task drawer and submits through the board; the reviewer downloads v1 and returns the task;
 * the resubmission is v2, and the drawer says what changed. Nobody of another ward gets the file.
 */
describe('deliverables in the task drawer', () => {
  beforeAll(() => {
    // The built app inherits the test file's environment (jest gives each file its own copy).
    process.env['DELIVERABLE_FILES_REQUIRED'] = 'true';
  });
  useBuiltApp();
  const sessions = new BrowserSessions();

  const openDrawer = async (board: BoardPage, ref: string) => {
    await board.page.getByTestId(`card-details-${ref}`).click();
    const drawer = board.page.getByTestId('task-drawer');
    await drawer.getByTestId('deliverables').waitFor();
    return drawer;
  };

  const closeDrawer = async (page: Page) => {
    await page.getByTestId('drawer-close').click();
    await page.getByTestId('task-drawer').waitFor({ state: 'detached' });
  };

  beforeAll(() => sessions.start());

  afterAll(async () => {
    await sessions.stop();
    delete process.env['DELIVERABLE_FILES_REQUIRED'];
  });

  it('submits v1 with an attached PDF, and v2 after a return with what changed', async () => {
    const staffApi = await apiAs('hd.pvhcc.staff');
    const planId = await firstPlanId(staffApi);
    const card = await draftDocumentLedBy(staffApi, planId, 'PVHCC');
    const staff = await sessions.boardAs('hd.pvhcc.staff', planId);

    // No file yet: the server refuses the submission and says why; the card stays a draft.
    await staff.drag(card.ref, 'submitted');
    await staff.confirmDialog({ 'deliverableRef-input': 'Kế hoạch CCHC 2026' });
    await staff
      .notice()
      .filter({ hasText: refusedText(card.ref, 'Cần đính kèm ít nhất một tệp sản phẩm') })
      .waitFor();
    expect(await staff.columnOf(card.ref)).toBe('draft');

    let drawer = await openDrawer(staff, card.ref);
    await drawer.getByTestId('deliverable-input').setInputFiles({
      name: 'bao-cao.pdf',
      mimeType: 'application/pdf',
      buffer: disguisedExecutable,
    });
    await drawer
      .getByTestId('deliverables-error')
      .filter({ hasText: 'Không tải lên được tệp bao-cao.pdf' })
      .waitFor();
    expect(await drawer.getByTestId('draft-file').count()).toBe(0);

    await drawer.getByTestId('deliverable-input').setInputFiles({
      name: 'Kế hoạch CCHC 2026.pdf',
      mimeType: 'application/pdf',
      buffer: pdf('v1'),
    });
    await drawer.getByTestId('draft-file').filter({ hasText: 'Kế hoạch CCHC 2026.pdf' }).waitFor();
    await closeDrawer(staff.page);

    await staff.drag(card.ref, 'submitted');
    await staff.confirmDialog({ 'deliverableRef-input': 'Kế hoạch CCHC 2026' });
    await staff.waitForCardIn(card.ref, 'submitted');
    drawer = await openDrawer(staff, card.ref);
    const v1 = drawer.locator('[data-testid="deliverable-version"][data-version="1"]');
    await v1.filter({ hasText: 'Kế hoạch CCHC 2026.pdf' }).waitFor();
    expect(await drawer.getByTestId('deliverable-input').count()).toBe(0);
    await closeDrawer(staff.page);

    // The reviewer downloads what was handed in, byte for byte, under its Vietnamese name.
    const reviewer = await sessions.boardAs('hd.reviewer', planId);
    const reviewerDrawer = await openDrawer(reviewer, card.ref);
    const [download] = await Promise.all([
      reviewer.page.waitForEvent('download'),
      reviewerDrawer.getByRole('button', { name: 'Kế hoạch CCHC 2026.pdf' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Kế hoạch CCHC 2026.pdf');
    expect((await readFile(await download.path())).equals(pdf('v1'))).toBe(true);
    await closeDrawer(reviewer.page);

    // Someone of another ward learns nothing about the file.
    const listed = await staffApi.get<TaskDeliverablesDto>(DELIVERABLE_API.ofTask(card.id));
    const fileId = listed.versions[0].files[0].id;
    const stranger = await apiAs('nc.vhxh.staff');
    const refused = await fetch(appUrl() + DELIVERABLE_API.content(fileId), {
      headers: { authorization: `Bearer ${stranger.token}` },
    });
    expect(refused.status).toBe(404);

    const reviewerApi = await apiAs('hd.reviewer');
    const submitted = await staffApi.get<{ card: { version: number } }>(API.task(card.id));
    await moveThroughApi(reviewerApi, card.id, {
      event: 'RETURN',
      expectedVersion: submitted.card.version,
      comment: 'Bổ sung phụ lục số liệu',
    });
    await staff.waitForCardIn(card.ref, 'returned');

    // The returned version is the new draft; the lead adds an annex and resubmits.
    drawer = await openDrawer(staff, card.ref);
    await drawer.getByTestId('draft-file').filter({ hasText: 'Kế hoạch CCHC 2026.pdf' }).waitFor();
    await drawer.getByTestId('deliverable-input').setInputFiles({
      name: 'Phụ lục số liệu.pdf',
      mimeType: 'application/pdf',
      buffer: pdf('annex'),
    });
    await drawer.getByTestId('draft-file').filter({ hasText: 'Phụ lục số liệu.pdf' }).waitFor();
    await closeDrawer(staff.page);

    await staff.drag(card.ref, 'submitted');
    await staff.confirmDialog({ 'deliverableRef-input': 'Đã bổ sung phụ lục' });
    await staff.waitForCardIn(card.ref, 'submitted');
    drawer = await openDrawer(staff, card.ref);
    const v2 = drawer.locator('[data-testid="deliverable-version"][data-version="2"]');
    const changes = v2.getByTestId('deliverable-changes');
    await changes.filter({ hasText: 'Thêm mới' }).waitFor();
    expect(await changes.innerText()).toMatch(
      /Thêm mới\s+Phụ lục số liệu\.pdf\s+Giữ nguyên\s+Kế hoạch CCHC 2026\.pdf/,
    );
  });
});
