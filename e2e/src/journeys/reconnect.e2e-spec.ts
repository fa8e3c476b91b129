import { apiAs, draftDocumentsLedBy, eventsOf, firstPlanId, submitThroughApi } from '../support/api';
import { useBuiltApp } from '../support/browser';
import { BrowserSessions } from '../support/sessions';
import { SocketGate } from '../support/socket-gate';

const MARKER = 'set-before-the-outage';

/**
 * Issue #5: leadership watches the board when its connection drops. Meanwhile five cards are
 * submitted elsewhere. When the connection comes back, the board catches up on all five by
 * itself — no reload — and the banner goes from "lost" to "restored". The outage is a
 * `SocketGate` on the leader's page: its websocket is closed and every reconnect attempt refused.
 */
describe('a watching board reconnects and catches up', () => {
  useBuiltApp();
  const sessions = new BrowserSessions();

  beforeAll(() => sessions.start());
  afterAll(() => sessions.stop());

  it('shows the five cards moved during the outage in their new columns without a reload', async () => {
    const staffApi = await apiAs('hd.vhxh.staff');
    const planId = await firstPlanId(staffApi);
    const cards = await draftDocumentsLedBy(staffApi, planId, 'VHXH', 5);
    let gate: SocketGate | null = null;
    const leader = await sessions.boardAs('hd.leader', planId, async (page) => {
      gate = await SocketGate.install(page);
    });
    const socket = gate as unknown as SocketGate;
    await socket.waitForWebSocket();
    // A second, connected board proves the moves were published while the leader heard nothing.
    const control = await sessions.boardAs('hd.vhxh.head', planId);
    const navigations: string[] = [];
    leader.page.on(
      'framenavigated',
      (frame) => frame === leader.page.mainFrame() && navigations.push(frame.url()),
    );
    await leader.page.evaluate((marker) => Object.assign(window, { e2eMarker: marker }), MARKER);

    await socket.cut();
    await leader.connectionBanner('lost').waitFor();

    const submitted = [];
    for (const card of cards)
      submitted.push(await submitThroughApi(staffApi, card, `bao-cao-${card.ref}.docx`));
    for (const card of submitted) await control.waitForCardAt(card.ref, 'submitted', card.version);
    for (const card of cards) {
      expect(await leader.columnOf(card.ref)).toBe('draft');
      expect(await leader.versionOf(card.ref)).toBe(card.version);
    }

    const restored = leader.connectionBanner('restored').waitFor({ timeout: 20000 });
    socket.restore();
    await restored;
    await socket.waitForWebSocket();
    for (const card of submitted) await leader.waitForCardAt(card.ref, 'submitted', card.version);

    expect(await leader.page.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker)).toBe(
      MARKER,
    );
    expect(navigations).toEqual([]);
    for (const card of cards) expect(await eventsOf(staffApi, card.id)).toEqual(['SUBMIT']);
  });
});
