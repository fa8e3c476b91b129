import { API } from '@dondoc/contracts';
import type { INestApplication } from '@nestjs/common';
import { __resetOutOfContextForTests } from 'nestjs-pino/PinoLogger';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { freshDatabase, type TestDatabase } from '../../testing/test-app';
import { loadEnv } from '../config/env';
import { createApp } from '../create-app';

/** Every line the app logs, parsed; a line that is not JSON fails the parse and the test. */
class LogLines extends Writable {
  readonly lines: string[] = [];
  private waiters: { matches: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];

  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      this.lines.push(line);
      const parsed = JSON.parse(line) as LogLine;
      this.waiters = this.waiters.filter(
        (waiter) => !(waiter.matches(parsed) && (waiter.resolve(parsed), true)),
      );
    }
    done();
  }

  parsed(): LogLine[] {
    return this.lines.map((line) => JSON.parse(line) as LogLine);
  }

  /** The first line matching, as soon as it is written (a request's line follows its answer). */
  next(matches: (line: LogLine) => boolean): Promise<LogLine> {
    const written = this.parsed().find(matches);
    return written
      ? Promise.resolve(written)
      : new Promise((resolve) => this.waiters.push({ matches, resolve }));
  }
}

type LogLine = Record<string, unknown>;

describeEachDatabase('JSON logs', (kind) => {
  let database: TestDatabase;
  let app: INestApplication;
  let url: string;
  const log = new LogLines();

  beforeAll(async () => {
    // nestjs-pino keeps the logger for lines outside a request once per process (one app in
    // production); this file starts one app per database, each with its own stream.
    __resetOutOfContextForTests();
    database = await freshDatabase(kind);
    const env = loadEnv({
      JWT_SECRET: 'integration-tests-secret-0123456789',
      SEED_DEMO_DATA: 'false',
      SCHEDULER_ENABLED: 'false',
      LOG_LEVEL: 'info',
      ...database.env,
    });
    app = await createApp({ env, frontendDist: null, logDestination: log });
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('writes one JSON line per request with its request id, method, route, status and duration', async () => {
    const fixture = await createFixture(app.get(DataSource));
    const client = await ApiClient.login(url, fixture.users.admin.username, FIXTURE_PASSWORD);
    const response = await fetch(`${url}${API.board(fixture.plan.id)}`, {
      headers: { authorization: `Bearer ${client.accessToken}`, 'x-request-id': 'trace-7f3a9c1e.0001' },
    });
    expect(response.status).toBe(200);
    await response.text();

    await log.next((line) => line['reqId'] === 'trace-7f3a9c1e.0001' && line['msg'] === 'request completed');
    const lines = log.parsed().filter((line) => line['reqId'] === 'trace-7f3a9c1e.0001');
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'request completed',
        method: 'GET',
        route: '/api/plans/:planId/board',
        status: 200,
        duration: expect.any(Number),
      }),
    ]);
  });

  it('logs refusals as warnings, and never a password, a token or a cookie', async () => {
    const fixture = await createFixture(app.get(DataSource));
    const client = await ApiClient.login(url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    const refused = await fetch(`${url}${API.leadership}`, {
      headers: { authorization: `Bearer ${client.accessToken}`, cookie: 'session=secret-cookie-value' },
    });
    const wrongPassword = await fetch(`${url}${API.login}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: fixture.users.leadStaff.username, password: 'sai-mat-khau-roi' }),
    });
    for (const response of [refused, wrongPassword]) {
      const id = response.headers.get('x-request-id');
      await log.next((line) => line['reqId'] === id && line['msg'] === 'request refused');
    }

    const text = log.lines.join('\n');
    for (const secret of [FIXTURE_PASSWORD, 'sai-mat-khau-roi', client.accessToken, 'secret-cookie-value']) {
      expect(text).not.toContain(secret);
    }
    expect(log.parsed()).toContainEqual(
      expect.objectContaining({ level: 40, route: '/api/leadership', status: 403 }),
    );
  });

  it("writes the application's own lines as JSON too, with their context", () => {
    expect(log.parsed()).toContainEqual(
      expect.objectContaining({ level: 30, context: 'RoutesResolver', msg: expect.any(String) }),
    );
  });
});
