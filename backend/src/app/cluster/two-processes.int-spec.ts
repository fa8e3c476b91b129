import { API, type BoardDto, type CardDto, type PlanSummaryDto } from '@dondoc/contracts';
import { type BuiltApp, DEMO_PASSWORD, startBuiltApp, WORKSPACE_ROOT } from '@dondoc/test-support';
import { existsSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { createClient } from 'redis';
import { ApiClient } from '../../testing/api-client';
import { BoardWatcher } from '../../testing/socket-client';
import { freshDatabase, type TestDatabase } from '../../testing/test-app';
import { testDatabases } from '../../testing/test-databases';
import type { ReadinessDto } from '../health/readiness';

const MAIN_JS = join(WORKSPACE_ROOT, 'dist/backend/main.js');
const REDIS = new URL(process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379');
const STREAM = `dondoc-it:${process.pid}:${Date.now().toString(36)}`;
const SUBMIT = { event: 'SUBMIT', payload: { deliverableRef: 'bao-cao.pdf' } };

/** A TCP relay to the test Redis that the test can cut and restore, to take Redis away from one process. */
class RedisRelay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private port = 0;

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async open(): Promise<void> {
    const server = createServer((client) => {
      const redis = connect(Number(REDIS.port || 6379), REDIS.hostname);
      for (const socket of [client, redis]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(redis).pipe(client);
      client.on('close', () => redis.destroy());
      redis.on('close', () => client.destroy());
    });
    await new Promise<void>((done) => server.listen(this.port, '127.0.0.1', done));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.sockets.forEach((socket) => socket.destroy());
    if (server) await new Promise((done) => server.close(done));
  }
}

async function ready(app: BuiltApp): Promise<{ status: number; body: ReadinessDto }> {
  const response = await fetch(`${app.url}/api/ready`);
  return { status: response.status, body: (await response.json()) as ReadinessDto };
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let attempt = 0; attempt < 100 && !done(value); attempt++) {
    await new Promise((wait) => setTimeout(wait, 100));
    value = await read();
  }
  return value;
}

function skipReason(): string | null {
  if (!existsSync(MAIN_JS)) return `${MAIN_JS} is missing: run \`npx nx build backend\` first`;
  if (!testDatabases().includes('postgres')) return 'PostgreSQL is not part of this run (TEST_DATABASES)';
  return null;
}

const reason = skipReason();
if (reason) console.warn(`\n*** SKIPPING the two-process tests: ${reason}\n`);

/**
 * Two real backend processes (dist/backend/main.js) on one PostgreSQL database and one Redis: a move
 * made through one process reaches the Socket.IO clients of the other.
 */
(reason ? describe.skip : describe)('several processes on one database and one Redis', () => {
  let database: TestDatabase;
  const apps: BuiltApp[] = [];
  const watchers: BoardWatcher[] = [];

  const start = async (extraEnv: Record<string, string>): Promise<BuiltApp> => {
    const app = await startBuiltApp({
      DATABASE_URL: database.env['DATABASE_URL'],
      REDIS_URL: REDIS.toString(),
      REDIS_STREAM_NAME: STREAM,
      JWT_SECRET: 'two-processes-shared-secret-0123456789',
      SEED_DEMO_DATA: 'false',
      SCHEDULER_INTERVAL_MS: '86400000',
      LOG_LEVEL: 'error',
      ...extraEnv,
    });
    apps.push(app);
    return app;
  };

  let first: BuiltApp;
  let second: BuiltApp;
  let lead: ApiClient;
  let leadViaSecond: ApiClient;
  let planId: string;

  beforeAll(async () => {
    database = await freshDatabase('postgres');
    first = await start({ SEED_DEMO_DATA: 'true' });
    second = await start({});
    lead = await ApiClient.login(first.url, 'hd.vhxh.staff', DEMO_PASSWORD);
    // The token signed by the first process is good on the second: they share JWT_SECRET.
    leadViaSecond = new ApiClient(second.url, lead.accessToken);
    planId = (await lead.get<PlanSummaryDto[]>(API.plans)).body[0].id;
  }, 180_000);

  afterAll(async () => {
    watchers.forEach((watcher) => watcher.close());
    await Promise.all(apps.map((app) => app.stop()));
    await database?.drop();
    const redis = await createClient({ url: REDIS.toString() }).connect();
    await redis.del(STREAM);
    await redis.close();
  }, 60_000);

  const watch = async (app: BuiltApp): Promise<BoardWatcher> => {
    const watcher = await BoardWatcher.connect(app.url, lead.accessToken);
    watchers.push(watcher);
    expect(await watcher.join(planId)).toMatchObject({ ok: true });
    return watcher;
  };

  const draftsLedByVhxh = async (): Promise<CardDto[]> =>
    (await lead.get<BoardDto>(API.board(planId))).body.cards.filter(
      (card) =>
        card.type === 'document' &&
        card.column === 'draft' &&
        card.leadUnitCode === 'VHXH' &&
        card.childCount === 0,
    );

  it('pushes a move made through one process to the watchers of the other, both ways', async () => {
    const onFirst = await watch(first);
    const onSecond = await watch(second);
    const [card, other] = await draftsLedByVhxh();
    const moved = await leadViaSecond.post(API.transitions(card.id), {
      ...SUBMIT,
      expectedVersion: card.version,
    });
    expect(moved.status).toBe(200);
    await Promise.all([onFirst.waitFor(1), onSecond.waitFor(1)]);
    expect(onFirst.received[0]).toMatchObject({
      card: { id: card.id, column: 'submitted', version: card.version + 1 },
      event: { event: 'SUBMIT' },
    });

    const back = await lead.post(API.transitions(other.id), { ...SUBMIT, expectedVersion: other.version });
    expect(back.status).toBe(200);
    await Promise.all([onFirst.waitFor(2), onSecond.waitFor(2)]);
    expect(onSecond.received.map((message) => message.card.id)).toEqual([card.id, other.id]);
    expect(onFirst.received.map((message) => message.card.id)).toEqual([card.id, other.id]);
  });

  it('lets exactly one of two concurrent moves of one card win, across processes', async () => {
    const [card] = await draftsLedByVhxh();
    const answers = await Promise.all([
      lead.post(API.transitions(card.id), { ...SUBMIT, expectedVersion: card.version }),
      leadViaSecond.post(API.transitions(card.id), { ...SUBMIT, expectedVersion: card.version }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
  });

  it('stops a process at start when REDIS_URL does not answer', async () => {
    const relay = new RedisRelay();
    await relay.open();
    const closedUrl = relay.url;
    await relay.cut();
    await expect(start({ REDIS_URL: closedUrl, LOG_LEVEL: 'error' })).rejects.toThrow(/exited with code 1/);
  });

  it('is not ready while its Redis is away, and ready again when it is back', async () => {
    const relay = new RedisRelay();
    await relay.open();
    try {
      const third = await start({ REDIS_URL: relay.url });
      expect(await ready(third)).toMatchObject({ status: 200, body: { checks: { redis: 'up' } } });
      await relay.cut();
      expect(await ready(third)).toEqual({
        status: 503,
        body: { status: 'not_ready', checks: { database: 'up', redis: 'down' }, failed: ['redis'] },
      });
      await relay.open();
      const back = await eventually(
        () => ready(third),
        (answer) => answer.status === 200,
      );
      expect(back.body.checks).toEqual({ database: 'up', redis: 'up' });
      const watcher = await watch(third);
      const [card] = await draftsLedByVhxh();
      await lead.post(API.transitions(card.id), { ...SUBMIT, expectedVersion: card.version });
      await watcher.waitFor(1);
      expect(watcher.received[0].card.id).toBe(card.id);
    } finally {
      await relay.cut();
    }
  });
});
