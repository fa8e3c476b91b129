import { API, type LeadershipBoardDto, type LeadershipWardDto } from '@dondoc/contracts';
import { LeadershipPage } from '../pages/leadership.page';
import { LoginPage } from '../pages/login.page';
import { apiAs, draftDocumentLedBy, firstPlanId, submitThroughApi } from '../support/api';
import { useBuiltApp } from '../support/browser';
import { BrowserSessions } from '../support/sessions';

/**
 * Issue #5: "A city-level leader sees the same across the wards they are granted, ward by ward."
 * The demo city leader `tp.leader` sits in Hải Dương and is granted all three demo wards.
 */
describe('a city-level leader reads the granted wards ward by ward', () => {
  useBuiltApp();
  const sessions = new BrowserSessions();

  beforeAll(() => sessions.start());
  afterAll(() => sessions.stop());

  it('switches ward by its tab, each with its own counts, and follows only the ward shown', async () => {
    const cityApi = await apiAs('tp.leader');
    const wards = await cityApi.get<LeadershipWardDto[]>(API.leadershipWards);
    expect(wards.map((ward) => [ward.code, ward.home])).toEqual([
      ['HD', true],
      ['BHL', false],
      ['NC', false],
    ]);
    const nhiChieu = wards[2];

    const page = await sessions.newPage();
    await new LoginPage(page).signIn('tp.leader');
    await page.getByTestId('board').waitFor();
    const leadership = new LeadershipPage(page);
    await leadership.open();
    expect(await leadership.wardTabs()).toEqual(['HD', 'BHL', 'NC']);
    expect(await leadership.totals()).toEqual((await cityApi.get<LeadershipBoardDto>(API.leadership)).totals);

    await leadership.showWard('NC', nhiChieu.name);
    expect(new URL(page.url()).searchParams.get('ward')).toBe('NC');
    const ncBoard = await cityApi.get<LeadershipBoardDto>(API.leadershipOfWard(nhiChieu.id));
    expect(ncBoard.ward.code).toBe('NC');
    await leadership.waitForTotals(ncBoard.totals);

    // A move in Hải Dương (the ward looked at before), then one in Nhị Chiểu: only the second shows.
    const hdStaff = await apiAs('hd.vhxh.staff');
    await submitThroughApi(hdStaff, await draftDocumentLedBy(hdStaff, await firstPlanId(hdStaff), 'VHXH'));
    const hdEvent = (await cityApi.get<LeadershipBoardDto>(API.leadership)).ticker[0].eventId;
    const ncStaff = await apiAs('nc.vhxh.staff');
    await submitThroughApi(ncStaff, await draftDocumentLedBy(ncStaff, await firstPlanId(ncStaff), 'VHXH'));
    const ncAfter = await cityApi.get<LeadershipBoardDto>(API.leadershipOfWard(nhiChieu.id));
    await page.locator(`[data-testid="ticker-item"][data-event-id="${ncAfter.ticker[0].eventId}"]`).waitFor();
    expect(await leadership.tickerEventIds()).not.toContain(hdEvent);
    await leadership.waitForTotals(ncAfter.totals);

    // Back to the own ward: its board again, with the Hải Dương move on its ticker.
    await leadership.showWard('HD', wards[0].name);
    expect(new URL(page.url()).searchParams.get('ward')).toBeNull();
    await page.locator(`[data-testid="ticker-item"][data-event-id="${hdEvent}"]`).waitFor();
  });

  it('gives a ward’s own leader no ward tabs', async () => {
    const page = await sessions.newPage();
    await new LoginPage(page).signIn('nc.leader');
    await page.getByTestId('board').waitFor();
    const leadership = new LeadershipPage(page);
    await leadership.open();
    expect(await leadership.wardTabs()).toEqual([]);
  });
});
