import type { CurrentUser } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { createHash } from 'node:crypto';
import { IsNull } from 'typeorm';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { SettableClock } from '../../testing/settable-clock';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { login, logout, refresh } from './testing/auth-http';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describeEachDatabase('sessions: access tokens, refresh rotation, logout', (kind) => {
  const clock = new SettableClock('2026-03-02T08:00:00.000Z');
  let testApp: TestApp;
  let fixture: Fixture;
  let username: string;

  const me = (accessToken: string) => new ApiClient(testApp.url, accessToken).get<CurrentUser>(API.me);
  const liveTokensOf = (userId: string) =>
    testApp.dataSource.manager.countBy(RefreshTokenEntity, { userId, revokedAt: IsNull() });

  beforeAll(async () => {
    testApp = await startTestApp(kind, { ACCESS_TOKEN_TTL: '15m', REFRESH_TOKEN_TTL: '14d' }, { clock });
    fixture = await createFixture(testApp.dataSource, { taskCount: 1 });
    username = fixture.users.leadStaff.username;
  });

  afterAll(() => testApp.close());

  it('answers a login with the same body as before and the refresh token in a locked-down cookie', async () => {
    const answer = await login(testApp.url, username, FIXTURE_PASSWORD);
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body).sort()).toEqual(['accessToken', 'user']);
    expect(answer.body.user.username).toBe(username);
    const cookie = answer.setCookie.find((line) => line.startsWith('dondoc_refresh='));
    expect(cookie).toMatch(/; Path=\/api\/auth/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    // Plain http here: a Secure cookie would never come back.
    expect(cookie).not.toMatch(/; Secure/);
    expect(answer.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('stores refresh tokens only as their SHA-256', async () => {
    const { refreshToken } = await login(testApp.url, username, FIXTURE_PASSWORD);
    const rows = await testApp.dataSource.manager.findBy(RefreshTokenEntity, {
      userId: fixture.users.leadStaff.id,
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.tokenHash).not.toBe(refreshToken);
    }
  });

  it('refuses an access token once the clock passes its lifetime, and a refresh renews it', async () => {
    const session = await login(testApp.url, username, FIXTURE_PASSWORD);
    expect((await me(session.body.accessToken)).status).toBe(200);

    clock.advance(14 * MINUTE);
    expect((await me(session.body.accessToken)).status).toBe(200);
    clock.advance(2 * MINUTE);
    const expired = await me(session.body.accessToken);
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ code: 'UNAUTHENTICATED' });

    const renewed = await refresh(testApp.url, session.refreshToken);
    expect(renewed.status).toBe(200);
    expect(renewed.body.user.username).toBe(username);
    expect((await me(renewed.body.accessToken)).status).toBe(200);
  });

  it('rotates: each refresh answers a new refresh token and retires the one it was given', async () => {
    const session = await login(testApp.url, username, FIXTURE_PASSWORD);
    const first = await refresh(testApp.url, session.refreshToken);
    expect(first.status).toBe(200);
    expect(first.refreshToken).toBeDefined();
    expect(first.refreshToken).not.toBe(session.refreshToken);
    const second = await refresh(testApp.url, first.refreshToken);
    expect(second.status).toBe(200);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const manager = testApp.dataSource.manager;
    const start = await manager.findOneByOrFail(RefreshTokenEntity, {
      tokenHash: sha256(session.refreshToken),
    });
    const family = await manager.find(RefreshTokenEntity, {
      where: { familyId: start.familyId },
      order: { createdAt: 'ASC', revokedAt: 'ASC' },
    });
    expect(family).toHaveLength(3);
    const [retired, middle] = [
      family.find((row) => row.id === start.id),
      family.find((row) => row.id === start.replacedBy),
    ];
    expect(retired?.revokedAt).not.toBeNull();
    expect(middle?.revokedAt).not.toBeNull();
    expect(family.filter((row) => row.revokedAt === null)).toEqual([
      expect.objectContaining({ id: middle?.replacedBy, tokenHash: sha256(second.refreshToken) }),
    ]);
  });

  it('treats a retired refresh token shown again as theft and revokes the whole session', async () => {
    const session = await login(testApp.url, username, FIXTURE_PASSWORD);
    const rotated = await refresh(testApp.url, session.refreshToken);
    expect(rotated.status).toBe(200);

    const replay = await refresh(testApp.url, session.refreshToken);
    expect(replay.status).toBe(401);
    expect(replay.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(replay.setCookie.some((line) => /^dondoc_refresh=;/.test(line))).toBe(true);

    // The token the legitimate user (or the thief) got from the rotation is dead too.
    expect((await refresh(testApp.url, rotated.refreshToken)).status).toBe(401);
  });

  it('lets exactly one of two simultaneous refreshes with the same token win', async () => {
    const session = await login(testApp.url, username, FIXTURE_PASSWORD);
    const answers = await Promise.all([
      refresh(testApp.url, session.refreshToken),
      refresh(testApp.url, session.refreshToken),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401]);
  });

  it('logs out: the session’s refresh token stops working and the cookie is cleared', async () => {
    const session = await login(testApp.url, username, FIXTURE_PASSWORD);
    const rotated = await refresh(testApp.url, session.refreshToken);
    const other = await login(testApp.url, username, FIXTURE_PASSWORD);

    const answer = await logout(testApp.url, rotated.refreshToken);
    expect(answer.status).toBe(204);
    expect(answer.setCookie.some((line) => /^dondoc_refresh=;.*Path=\/api\/auth/.test(line))).toBe(true);
    expect((await refresh(testApp.url, rotated.refreshToken)).status).toBe(401);

    // Another device's session of the same user is not touched.
    expect((await refresh(testApp.url, other.refreshToken)).status).toBe(200);
  });

  it('answers logout without a cookie, or with an unknown one, as already signed out', async () => {
    expect((await logout(testApp.url, undefined)).status).toBe(204);
    expect((await logout(testApp.url, 'x'.repeat(43))).status).toBe(204);
  });

  it('refuses a refresh without a cookie, with junk, or after the refresh lifetime', async () => {
    expect((await refresh(testApp.url, undefined)).status).toBe(401);
    expect((await refresh(testApp.url, 'not-a-token')).status).toBe(401);

    const session = await login(testApp.url, username, FIXTURE_PASSWORD);
    clock.advance(15 * DAY);
    const late = await refresh(testApp.url, session.refreshToken);
    expect(late.status).toBe(401);
    expect(late.body).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('drops a user’s expired refresh tokens when they next sign in', async () => {
    const userId = fixture.users.reviewer.id;
    await login(testApp.url, fixture.users.reviewer.username, FIXTURE_PASSWORD);
    clock.advance(15 * DAY);
    await login(testApp.url, fixture.users.reviewer.username, FIXTURE_PASSWORD);
    expect(await testApp.dataSource.manager.countBy(RefreshTokenEntity, { userId })).toBe(1);
    expect(await liveTokensOf(userId)).toBe(1);
  });
});

function sha256(token: string | undefined): string {
  return createHash('sha256')
    .update(token ?? '')
    .digest('hex');
}
