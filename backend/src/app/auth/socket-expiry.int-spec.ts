import type { AuthExpiredMessage } from '@dondoc/contracts';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { SettableClock } from '../../testing/settable-clock';
import { BoardWatcher } from '../../testing/socket-client';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { login, refresh } from './testing/auth-http';

const MINUTE = 60_000;

describeEachDatabase('a live socket ends with its access token', (kind) => {
  const clock = new SettableClock('2026-03-02T08:00:00.000Z');
  let testApp: TestApp;
  let fixture: Fixture;
  const watchers: BoardWatcher[] = [];

  const watch = async (token: string) => {
    const watcher = await BoardWatcher.connect(testApp.url, token);
    watchers.push(watcher);
    return watcher;
  };

  beforeAll(async () => {
    testApp = await startTestApp(kind, { ACCESS_TOKEN_TTL: '15m' }, { clock });
    fixture = await createFixture(testApp.dataSource, { taskCount: 1 });
  });

  afterAll(async () => {
    watchers.forEach((watcher) => watcher.close());
    await testApp.close();
  });

  it('is told its token expired and closed at the expiry; a fresh token opens it again', async () => {
    const session = await login(testApp.url, fixture.users.leader.username, FIXTURE_PASSWORD);
    // The server counts down from its clock: one second of this token is left.
    clock.advance(15 * MINUTE - 1000);
    const watcher = await watch(session.body.accessToken);
    expect(await watcher.join(fixture.plan.id)).toMatchObject({ ok: true });

    const expired = new Promise<AuthExpiredMessage>((resolve) =>
      watcher.socket.once('auth.expired', resolve),
    );
    const closed = new Promise<string>((resolve) => watcher.socket.once('disconnect', resolve));
    const message = await expired;
    expect(await closed).toBe('io server disconnect');
    expect(new Date(message.expiredAt).getTime()).toBe(new Date('2026-03-02T08:15:00.000Z').getTime());

    const renewed = await refresh(testApp.url, session.refreshToken);
    expect(renewed.status).toBe(200);
    const again = await watch(renewed.body.accessToken);
    expect(again.socket.connected).toBe(true);
    expect(await again.join(fixture.plan.id)).toMatchObject({ ok: true });
  });

  it('turns away a handshake with a token that has already expired', async () => {
    const session = await login(testApp.url, fixture.users.leader.username, FIXTURE_PASSWORD);
    clock.advance(16 * MINUTE);
    const watcher = await watch(session.body.accessToken);
    await new Promise<void>((resolve) =>
      watcher.socket.disconnected ? resolve() : watcher.socket.once('disconnect', () => resolve()),
    );
    expect(watcher.socket.connected).toBe(false);
  });
});
