import type { ApiErrorBody } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { manyRowsTable } from '@dondoc/plan-readers/testing';
import type { INestApplication } from '@nestjs/common';
import { __resetOutOfContextForTests } from 'nestjs-pino/PinoLogger';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { freshDatabase, type TestDatabase } from '../../testing/test-app';
import { loadEnv } from '../config/env';
import { createApp } from '../create-app';
import { IMPORT_JSON_BODY_LIMIT_BYTES, JSON_BODY_LIMIT_BYTES, TEXT_BODY_LIMIT_BYTES } from './request-bodies';

class LogLines extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
      this.lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  }
}

// Only the HTTP layer is under test: one database is enough.
describeEachDatabase('Unreadable or oversize request bodies, with the built frontend served', (kind) => {
  const log = new LogLines();
  const frontendDist = mkdtempSync(join(tmpdir(), 'dondoc-frontend-'));
  let database: TestDatabase;
  let app: INestApplication;
  let url: string;
  let fixture: Fixture;
  let token: string;
  let adminToken: string;

  beforeAll(async () => {
    // The static-files module is what turned body errors into 404: serve a frontend as production does.
    writeFileSync(join(frontendDist, 'index.html'), '<!doctype html><title>Đôn Đốc</title>');
    __resetOutOfContextForTests();
    database = await freshDatabase(kind);
    const env = loadEnv({
      JWT_SECRET: 'integration-tests-secret-0123456789',
      SEED_DEMO_DATA: 'false',
      ADMIN_PASSWORD: 'integration-tests-admin-password',
      SCHEDULER_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      ...database.env,
    });
    app = await createApp({ env, frontendDist, logDestination: log });
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    fixture = await createFixture(app.get(DataSource), { taskCount: 1 });
    token = (await ApiClient.login(url, fixture.users.leadStaff.username, FIXTURE_PASSWORD)).accessToken;
    adminToken = (await ApiClient.login(url, fixture.users.admin.username, FIXTURE_PASSWORD)).accessToken;
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
    rmSync(frontendDist, { recursive: true, force: true });
  });

  async function post(
    path: string,
    body: string,
    requestId: string,
    contentType = 'application/json',
    bearer = token,
  ) {
    const response = await fetch(url + path, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: `Bearer ${bearer}`, 'x-request-id': requestId },
      body,
    });
    return { status: response.status, body: (await response.json()) as ApiErrorBody };
  }

  const transitions = () => API.transitions(fixture.tasks[0].id);

  it('answers malformed JSON with 400 saying where it broke, and logs it with the request id', async () => {
    const answer = await post(transitions(), '{"event": "SUBMIT",', 'broken-json-0001');
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    expect(answer.body.details?.join(' ')).toMatch(/position 19|end of JSON/);
    const line = log.lines.find((entry) => entry['reqId'] === 'broken-json-0001');
    expect(line).toMatchObject({ status: 400, reason: 'entity.parse.failed' });
  });

  it('answers a null body with 400, not a crash or a 404', async () => {
    const answer = await post(transitions(), 'null', 'null-body-0001');
    expect(answer).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    expect(log.lines.some((entry) => entry['reqId'] === 'null-body-0001')).toBe(true);
  });

  it('answers JSON over the limit with 413 naming the limit', async () => {
    const oversize = JSON.stringify({
      event: 'SUBMIT',
      payload: { junk: 'z'.repeat(JSON_BODY_LIMIT_BYTES) },
    });
    const answer = await post(transitions(), oversize, 'big-json-0001');
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      details: [`limit: ${JSON_BODY_LIMIT_BYTES} bytes`],
    });
    expect(answer.body.message).toContain('256 KB');
    expect(log.lines.find((entry) => entry['reqId'] === 'big-json-0001')).toMatchObject({ status: 413 });
  });

  it('answers a plain-text import over the limit with 413 naming the limit', async () => {
    const answer = await post(
      '/api/plans/import',
      'Kế hoạch '.repeat(TEXT_BODY_LIMIT_BYTES / 8),
      'big-text-0001',
      'text/plain; charset=utf-8',
    );
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      details: [`limit: ${TEXT_BODY_LIMIT_BYTES} bytes`],
    });
    expect(log.lines.find((entry) => entry['reqId'] === 'big-text-0001')).toMatchObject({ status: 413 });
  });

  it('takes a corrected 300-row plan on the import routes, far over the general JSON limit', async () => {
    // Real rows carry a few paragraphs per cell: about 1 KB of content each.
    const rows = manyRowsTable(300).rows.map((row, index) =>
      index < 2 ? row : row.map((cell, column) => (column === 1 ? { text: cell.text.repeat(10) } : cell)),
    );
    const body = JSON.stringify({ grid: { rows }, year: 2026 });
    expect(body.length).toBeGreaterThan(JSON_BODY_LIMIT_BYTES);
    const answer = await post(
      '/api/plans/import/preview',
      body,
      'big-grid-0001',
      'application/json',
      adminToken,
    );
    expect(answer.status).toBe(201);
    expect((answer.body as unknown as { rows: unknown[] }).rows).toHaveLength(300);
  });

  it('answers an import body over its own limit with 413 naming that limit', async () => {
    const oversize = JSON.stringify({ text: 'z'.repeat(IMPORT_JSON_BODY_LIMIT_BYTES) });
    const answer = await post(
      '/api/plans/import/preview',
      oversize,
      'big-import-0001',
      'application/json',
      adminToken,
    );
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      details: [`limit: ${IMPORT_JSON_BODY_LIMIT_BYTES} bytes`],
    });
    expect(answer.body.message).toContain('8 MB');
  });
});
