import {
  API,
  type BoardDto,
  type CardDto,
  type PlanSummaryDto,
  type TransitionResponse,
} from '@dondoc/contracts';
import { type BuiltApp, DEMO_PASSWORD, startBuiltApp, WORKSPACE_ROOT } from '@dondoc/test-support';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from 'redis';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { BoardWatcher } from '../../testing/socket-client';
import { freshDatabase, type TestDatabase } from '../../testing/test-app';

const MAIN_JS = join(WORKSPACE_ROOT, 'dist/backend/main.js');
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const SUBMIT = { event: 'SUBMIT', payload: { deliverableRef: 'bao-cao.pdf' } };

const built = existsSync(MAIN_JS);
if (!built)
  console.warn(`\n*** SKIPPING the crash tests: ${MAIN_JS} is missing: run \`npx nx build backend\` first\n`);

/**
 * A backend process dies (SIGKILL) right after a transition commits and before its live message is
 * published. A client watching the plan through another process of the same deployment (one
 * database, one Redis) still receives the change, once, after the dead process is restarted.
 * On SQLite the two processes share the database file: fine for this test, which writes from one
 * process at a time, though a real deployment on SQLite runs one process.
 */
/** Waits for live messages to arrive; gives up after about a minute so a failure is reported. */
async function until(done: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 600 && !done(); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(done()).toBe(true);
}

// It kills a real process, so it needs the built backend; `npm test` builds before this tier.
// Without it the suite fails and says so, instead of being skipped and proving nothing.
const describeWhenBuilt: typeof describeEachDatabase = built
  ? describeEachDatabase
  : (title) =>
      describe(title, () =>
        it('needs the built backend (npx nx build backend)', () => {
          throw new Error('dist/backend/main.js is missing: build the backend before the integration tests');
        }),
      );

describeWhenBuilt('a crash between commit and publish', (kind) => {
  const stream = `dondoc-crash-it:${process.pid}:${kind}:${Date.now().toString(36)}`;
  let database: TestDatabase;
  const running: BuiltApp[] = [];
  let watching: BuiltApp;
  let lead: ApiClient;
  let planId: string;
  let watcher: BoardWatcher;

  const start = async (extraEnv: Record<string, string>): Promise<BuiltApp> => {
    const app = await startBuiltApp({
      ...database.env,
      REDIS_URL,
      REDIS_STREAM_NAME: stream,
      JWT_SECRET: 'crash-restart-shared-secret-0123456789',
      SCHEDULER_ENABLED: 'false',
      LOG_LEVEL: 'error',
      ...extraEnv,
    });
    running.push(app);
    return app;
  };

  beforeAll(async () => {
    database = await freshDatabase(kind);
    // This process only relays to its sockets: it never sweeps after start, so what the watcher
    // receives was published by the restarted process.
    watching = await start({ SEED_DEMO_DATA: 'true', OUTBOX_SWEEP_INTERVAL_MS: '3600000' });
    lead = await ApiClient.login(watching.url, 'hd.vhxh.staff', DEMO_PASSWORD);
    planId = (await lead.get<PlanSummaryDto[]>(API.plans)).body[0].id;
    watcher = await BoardWatcher.connect(watching.url, lead.accessToken);
    expect(await watcher.join(planId)).toMatchObject({ ok: true });
  }, 180_000);

  afterAll(async () => {
    watcher?.close();
    for (const app of running) {
      // A killed child has no exit code, only a signal: there is nothing left to stop.
      if (app.process.signalCode === 'SIGKILL') rmSync(app.dataDir, { recursive: true, force: true });
      else await app.stop();
    }
    await database?.drop();
    const redis = await createClient({ url: REDIS_URL }).connect();
    await redis.del(stream);
    await redis.close();
  }, 60_000);

  const drafts = async (): Promise<CardDto[]> =>
    (await lead.get<BoardDto>(API.board(planId))).body.cards.filter(
      (card) =>
        card.type === 'document' &&
        card.column === 'draft' &&
        card.leadUnitCode === 'VHXH' &&
        card.childCount === 0,
    );

  it('publishes the committed change after restart, exactly once', async () => {
    // The switch kills the process after the commit; a claim of 1 s lets the restart sweep it soon.
    const crashing = await start({
      SEED_DEMO_DATA: 'false',
      OUTBOX_TEST_CRASH_AFTER_COMMIT: '1',
      OUTBOX_CLAIM_MS: '1000',
    });
    const died = new Promise<NodeJS.Signals | null>((resolve) =>
      crashing.process.once('exit', (_code, signal) => resolve(signal)),
    );
    const [card, next] = await drafts();
    await expect(
      new ApiClient(crashing.url, lead.accessToken).post(API.transitions(card.id), {
        ...SUBMIT,
        expectedVersion: card.version,
      }),
    ).rejects.toThrow();
    expect(await died).toBe('SIGKILL');

    // Committed: the board shows the move. Not published: the process that would have is gone.
    const afterCrash = (await lead.get<BoardDto>(API.board(planId))).body.cards.find(
      (each) => each.id === card.id,
    );
    expect(afterCrash).toMatchObject({ column: 'submitted', version: card.version + 1 });
    const eventId = afterCrash?.lastEventId as string;
    // (The demo history's own changes, committed while seeding, are published by sweeps too.)
    const ofThisChange = () => watcher.received.filter((message) => message.event.id === eventId);
    expect(ofThisChange()).toEqual([]);

    const restarted = await start({ SEED_DEMO_DATA: 'false', OUTBOX_SWEEP_INTERVAL_MS: '200' });
    await until(() => ofThisChange().length > 0);
    expect(ofThisChange()).toEqual([
      expect.objectContaining({
        card: expect.objectContaining({ id: card.id, column: 'submitted', version: card.version + 1 }),
        event: expect.objectContaining({ id: eventId, event: 'SUBMIT' }),
      }),
    ]);

    // A later move through the restarted process arrives after it, and the crashed change came once.
    const later = await new ApiClient(restarted.url, lead.accessToken).post<TransitionResponse>(
      API.transitions(next.id),
      { ...SUBMIT, expectedVersion: next.version },
    );
    expect(later.status).toBe(200);
    await until(() => watcher.received.some((message) => message.event.id === later.body.event.id));
    const order = watcher.received.map((message) => message.event.id);
    expect(order.filter((id) => id === eventId)).toHaveLength(1);
    expect(order.indexOf(eventId)).toBeLessThan(order.indexOf(later.body.event.id));
  });
});
