import { API, type LoginResponse, REFRESH_COOKIE } from '@dondoc/contracts';
import { apiAs, draftDocumentLedBy, firstPlanId, submitThroughApi } from '../support/api';
import { appUrl, useBuiltApp } from '../support/browser';
import { BrowserSessions } from '../support/sessions';

/** Short enough that the journey lives through several access tokens. */
const ACCESS_TOKEN_TTL_SECONDS = 8;

/**
 * Issue #7: access tokens are short-lived. A leader keeps a board open past several of them: the live
 * socket is closed at each expiry and comes back with a renewed token, a reload renews the session
 * from the refresh cookie instead of asking for the password, and signing out revokes that cookie.
 */
describe('a session outlives its short access tokens, until the user signs out', () => {
  useBuiltApp({ ACCESS_TOKEN_TTL: `${ACCESS_TOKEN_TTL_SECONDS}s` });
  const sessions = new BrowserSessions();

  beforeAll(() => sessions.start());
  afterAll(() => sessions.stop());

  it('keeps the board live and signed in across expiries, and signs out for good', async () => {
    const planId = await firstPlanId(await apiAs('hd.vhxh.staff'));
    const card = await draftDocumentLedBy(await apiAs('hd.vhxh.staff'), planId, 'VHXH');
    const sockets: string[] = [];
    const accessTokens: string[] = [];
    const leader = await sessions.boardAs('hd.leader', planId, async (page) => {
      page.on('websocket', (socket) => sockets.push(socket.url()));
      page.on('response', async (response) => {
        if (response.url().endsWith(API.login) && response.ok())
          accessTokens.push(((await response.json()) as LoginResponse).accessToken);
      });
    });
    const page = leader.page;

    // The first socket is closed when its token expires; the app opens the next with a renewed one.
    while (sockets.length < 2) await page.waitForEvent('websocket', { timeout: 60_000 });
    const submitted = await submitThroughApi(await apiAs('hd.vhxh.staff'), card, 'bao-cao.docx');
    await leader.waitForCardAt(card.ref, 'submitted', submitted.version);

    // A reload holding an expired token renews the session from the cookie: no login page.
    expect(accessTokens).toHaveLength(1);
    await page.evaluate((expired) => localStorage.setItem('dondoc.token', expired), accessTokens[0]);
    const renewal = page.waitForResponse((response) => response.url().endsWith(API.refresh));
    await page.reload();
    expect((await renewal).status()).toBe(200);
    await page.getByTestId('board').waitFor();
    expect(new URL(page.url()).pathname).not.toBe('/dang-nhap');
    await leader.waitForCardAt(card.ref, 'submitted', submitted.version);

    const [cookie] = (await page.context().cookies()).filter((c) => c.name === REFRESH_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });

    await page.getByTestId('logout').click();
    await page.waitForURL(/\/dang-nhap/);
    expect((await page.context().cookies()).filter((c) => c.name === REFRESH_COOKIE)).toEqual([]);
    const replay = await fetch(appUrl() + API.refresh, {
      method: 'POST',
      headers: { cookie: `${REFRESH_COOKIE}=${cookie.value}` },
    });
    expect(replay.status).toBe(401);

    await page.goto(`${appUrl()}/ke-hoach/${planId}`);
    await page.waitForURL(/\/dang-nhap/);
  });
});
