import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { BoardWatcher } from '../../testing/socket-client';
import { startTestApp, type TestApp } from '../../testing/test-app';

async function scrape(url: string): Promise<string> {
  const response = await fetch(`${url}/api/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
  return response.text();
}

describeEachDatabase('Prometheus metrics', (kind) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
  });

  afterAll(() => testApp.close());

  it('are public, with the default process metrics', async () => {
    const text = await scrape(testApp.url);
    expect(text).toContain('process_resident_memory_bytes');
    expect(text).toContain('# TYPE http_request_duration_seconds histogram');
  });

  it('time each request under its route pattern, not its path', async () => {
    const fixture = await createFixture(testApp.dataSource, { taskCount: 1 });
    const leader = await ApiClient.login(testApp.url, fixture.users.leader.username, FIXTURE_PASSWORD);
    expect((await leader.get(`/api/plans/${fixture.plan.id}/board`)).status).toBe(200);
    await fetch(`${testApp.url}/api/plans`);
    await fetch(`${testApp.url}/api/no-such-route`);
    const text = await scrape(testApp.url);
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/plans\/:planId\/board",status_code="200"\} 1/,
    );
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/api\/plans",status_code="401"\} 1/,
    );
    expect(text).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="[^"]+",status_code="404"\} 1/,
    );
    expect(text).not.toContain(fixture.plan.id);
    expect(text).not.toContain('no-such-route');
  });

  it('count the sockets connected to this process', async () => {
    const fixture = await createFixture(testApp.dataSource, { taskCount: 1 });
    const leader = await ApiClient.login(testApp.url, fixture.users.leader.username, FIXTURE_PASSWORD);
    const watcher = await BoardWatcher.connect(testApp.url, leader.accessToken);
    try {
      expect(await scrape(testApp.url)).toContain('dondoc_connected_sockets 1');
    } finally {
      watcher.close();
    }
  });

  it('are read-only', async () => {
    const response = await fetch(`${testApp.url}/api/metrics`, { method: 'POST' });
    expect(response.status).toBe(404);
  });
});
