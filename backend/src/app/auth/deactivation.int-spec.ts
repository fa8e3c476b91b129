import { ADMIN_API, API } from '@dondoc/contracts';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { type ClientSocket, connectClient } from '../../testing/socket-client';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { adminCall } from '../administration/testing/admin-http';
import { login, refresh } from './testing/auth-http';

const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** Resolves with the reason the server gave when it closed the socket. */
function closing(socket: ClientSocket): Promise<string> {
  return new Promise((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
}

/**
 * A deactivated person loses everything at once, although their access token has not expired: the
 * next request answers 401, their refresh token is refused, their socket is closed. The check is
 * kept per process (no query per request), so it is proven where the token was already seen
 * active, and across two processes that share one database and Redis.
 */
describeEachDatabase('deactivation ends access at once', (kind) => {
  let first: TestApp;
  let second: TestApp;
  let ward: Fixture;
  let adminToken: string;

  beforeAll(async () => {
    const shared = {
      REDIS_URL: TEST_REDIS_URL,
      REDIS_STREAM_NAME: `it:deactivation:${kind}:${process.pid}:${Date.now()}`,
    };
    first = await startTestApp(kind, shared);
    second = await startTestApp(kind, shared, { database: first.database });
    ward = await createFixture(first.dataSource, { taskCount: 1 });
    adminToken = (await ApiClient.login(first.url, ward.users.admin.username, FIXTURE_PASSWORD)).accessToken;
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  const deactivate = (userId: string) =>
    adminCall(first.url, adminToken, 'POST', ADMIN_API.userDeactivate(userId));
  const reactivate = (userId: string) =>
    adminCall(first.url, adminToken, 'POST', ADMIN_API.userReactivate(userId));

  it.each([
    ['the process that deactivated', () => first],
    ['another process, told over Redis', () => second],
  ])('refuses the very next request, the refresh and the socket on %s', async (_where, app) => {
    const person = ward.users.cooperator;
    const signedIn = await login(app().url, person.username, FIXTURE_PASSWORD);
    expect(signedIn.status).toBe(200);
    const client = new ApiClient(app().url, signedIn.body.accessToken);
    // Seen active once: from here the process answers from what it keeps, without a query.
    expect((await client.get(API.me)).status).toBe(200);
    const socket = await connectClient(app().url, signedIn.body.accessToken);
    const closed = closing(socket);

    expect((await deactivate(person.id)).status).toBe(200);

    const refused = await client.get<{ code: string }>(API.me);
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('UNAUTHENTICATED');
    expect(await closed).toBe('io server disconnect');
    expect((await refresh(app().url, signedIn.refreshToken)).status).toBe(401);

    expect((await reactivate(person.id)).status).toBe(200);
    // Reactivated, the same unexpired token works again at once, on every process.
    expect((await client.get(API.me)).status).toBe(200);
  });
});
