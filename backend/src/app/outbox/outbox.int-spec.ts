import type { ApiErrorBody, TaskChangedMessage, TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { BoardWatcher } from '../../testing/socket-client';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { toAuthUser } from '../auth/auth.service';
import { UnitOfWork } from '../database/unit-of-work';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { TaskTransitionService } from '../tasks/task-transition.service';
import { OutboxPruneJob } from './outbox-prune.job';
import { OutboxPublisher } from './outbox-publisher';
import { OutboxEntity } from './outbox.entity';

const SUBMIT = { event: 'SUBMIT', payload: { deliverableRef: 'ke-hoach.docx' } };
const LONG_AGO = '2000-01-01T00:00:00.000Z';
/** The background sweep stays out of the way: these tests sweep by hand. */
const HAND_SWEPT = { OUTBOX_SWEEP_INTERVAL_MS: '3600000' };

describeEachDatabase('the outbox of live messages', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  let lead: ApiClient;
  let watcher: BoardWatcher;
  let nextTask = 0;
  const apps: TestApp[] = [];
  const watchers: BoardWatcher[] = [];

  beforeAll(async () => {
    testApp = await startTestApp(kind, HAND_SWEPT);
    fixture = await createFixture(testApp.dataSource, { taskCount: 20 });
    lead = await ApiClient.login(testApp.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    watcher = await watch(testApp);
  });

  afterAll(async () => {
    [watcher, ...watchers].forEach((each) => each.close());
    for (const app of apps) await app.close();
    await testApp.close();
  });

  async function watch(app: TestApp): Promise<BoardWatcher> {
    const board = await BoardWatcher.connect(app.url, lead.accessToken);
    expect(await board.join(fixture.plan.id)).toMatchObject({ ok: true });
    return board;
  }

  const publisherOf = (app: TestApp) => app.app.get(OutboxPublisher);
  const rowOf = (eventId: string) =>
    testApp.dataSource.manager.findOneByOrFail(OutboxEntity, { eventId: Number(eventId) });
  const countOf = (eventId: string, messages: readonly TaskChangedMessage[]) =>
    messages.filter((message) => message.event.id === eventId).length;

  /** Submits the next untouched draft through the API, as a person would. */
  async function submitNext(): Promise<TransitionResponse> {
    const task = fixture.tasks[nextTask++];
    const answer = await lead.post<TransitionResponse>(API.transitions(task.id), {
      ...SUBMIT,
      expectedVersion: 1,
    });
    expect(answer.status).toBe(200);
    return answer.body;
  }

  /**
   * What a process that died between commit and publish leaves behind: the change committed with
   * its outbox row, still claimed by the dead process, and nothing emitted.
   */
  async function commitWithoutPublishing(): Promise<TransitionResponse> {
    const task = fixture.tasks[nextTask++];
    const transitions = testApp.app.get(TaskTransitionService);
    return testApp.app.get(UnitOfWork).run((manager) =>
      transitions.applyWithin(manager, task.id, toAuthUser(fixture.users.leadStaff), {
        ...SUBMIT,
        expectedVersion: 1,
      }),
    );
  }

  /** The claim of the dead process runs out, as OUTBOX_CLAIM_MS after the crash would. */
  const claimRunsOut = (eventIds: string[]) =>
    testApp.dataSource.manager
      .createQueryBuilder()
      .update(OutboxEntity)
      .set({ claimedUntil: LONG_AGO })
      .where('event_id IN (:...eventIds)', { eventIds: eventIds.map(Number) })
      .execute();

  it('writes the live message with its change and marks it published once emitted', async () => {
    const before = watcher.received.length;
    const answer = await submitNext();
    await watcher.waitFor(before + 1);
    expect(watcher.received[before]).toEqual(answer);
    await publisherOf(testApp).flushMarks();
    const row = await rowOf(answer.event.id);
    expect(JSON.parse(row.payload)).toEqual(answer);
    expect(row).toMatchObject({ wardId: fixture.ward.id, publishedAt: expect.any(String) });
  });

  it('carries the task version in every live message, so a re-sent one is recognised and dropped', async () => {
    const baseline = watcher.received.length;
    const answer = await submitNext();
    await watcher.waitFor(baseline + 1);
    await publisherOf(testApp).flushMarks();
    // The process died after emitting and before marking: the sweep sends the change again.
    await testApp.dataSource.manager.update(
      OutboxEntity,
      { eventId: Number(answer.event.id) },
      { publishedAt: null, claimedUntil: null, claimToken: null },
    );
    expect(await publisherOf(testApp).sweep()).toBe(1);
    await watcher.waitFor(baseline + 2);
    const copies = watcher.received.filter((message) => message.event.id === answer.event.id);
    expect(copies).toHaveLength(2);
    expect(copies[1]).toEqual(copies[0]);
    for (const copy of copies) {
      expect(copy.card.version).toBe(answer.card.version);
      expect(copy.event.version).toBe(answer.card.version);
    }
    // What a client does with them: applies a version it does not have yet, drops the rest.
    const known = new Map<string, number>([[answer.card.id, 1]]);
    const applied = copies.filter((copy) => {
      if ((known.get(copy.card.id) ?? 0) >= copy.card.version) return false;
      known.set(copy.card.id, copy.card.version);
      return true;
    });
    expect(applied).toHaveLength(1);
  });

  it('writes no message for a refused change, nor half of one', async () => {
    const rows = await testApp.dataSource.manager.count(OutboxEntity);
    const events = await testApp.dataSource.manager.count(TaskEventEntity);
    const task = fixture.tasks[nextTask++];
    const refused = await lead.post<ApiErrorBody>(API.transitions(task.id), {
      event: 'APPROVE',
      expectedVersion: 1,
    });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect(await testApp.dataSource.manager.count(OutboxEntity)).toBe(rows);
    expect(await testApp.dataSource.manager.count(TaskEventEntity)).toBe(events);
  });

  it('publishes a change a crash left unpublished once its claim runs out, exactly once', async () => {
    const before = watcher.received.length;
    const stranded = await commitWithoutPublishing();
    expect(await rowOf(stranded.event.id)).toMatchObject({
      publishedAt: null,
      claimedUntil: expect.any(String),
    });
    const publisher = publisherOf(testApp);
    // Still claimed by the process that committed it: nobody else may emit it yet.
    expect(await publisher.sweep()).toBe(0);

    await claimRunsOut([stranded.event.id]);
    expect(await publisher.sweep()).toBe(1);
    expect(await publisher.sweep()).toBe(0);
    const after = await submitNext();
    await watcher.waitFor(before + 2);
    expect(watcher.received.slice(before).map((message) => message.event.id)).toEqual([
      stranded.event.id,
      after.event.id,
    ]);
    expect(watcher.received[before]).toEqual(stranded);
    expect((await rowOf(stranded.event.id)).publishedAt).toEqual(expect.any(String));
  });

  // Several processes share PostgreSQL only: SQLite is served by one process (and two apps on one
  // file in one test process would wait on each other's locks synchronously).
  (kind === 'postgres' ? it : it.skip)(
    'lets one of two processes emit each stranded change, never both',
    async () => {
      const second = await startTestApp(kind, HAND_SWEPT, { database: testApp.database });
      apps.push(second);
      const secondWatcher = await watch(second);
      watchers.push(secondWatcher);
      const stranded: TransitionResponse[] = [];
      for (let index = 0; index < 5; index++) stranded.push(await commitWithoutPublishing());
      const ids = stranded.map((change) => change.event.id);
      await claimRunsOut(ids);
      const [firstBefore, secondBefore] = [watcher.received.length, secondWatcher.received.length];

      const [byFirst, bySecond] = await Promise.all([
        publisherOf(testApp).sweep(),
        publisherOf(second).sweep(),
      ]);
      expect(byFirst + bySecond).toBe(5);
      // Without Redis each process emits to its own sockets only: each id reaches exactly one watcher.
      await Promise.all([
        watcher.waitFor(firstBefore + byFirst),
        secondWatcher.waitFor(secondBefore + bySecond),
      ]);
      const seen = [...watcher.received.slice(firstBefore), ...secondWatcher.received.slice(secondBefore)];
      expect(seen.map((message) => message.event.id).sort()).toEqual([...ids].sort());
      for (const id of ids) expect(countOf(id, seen)).toBe(1);
    },
  );

  it('shows how far publishing lags at /api/metrics', async () => {
    const stranded = await commitWithoutPublishing();
    await claimRunsOut([stranded.event.id]);
    await testApp.dataSource.manager.update(
      OutboxEntity,
      { eventId: Number(stranded.event.id) },
      { createdAt: new Date(Date.now() - 90_000).toISOString() },
    );
    await publisherOf(testApp).flushMarks();
    const lagging = await (await fetch(`${testApp.url}/api/metrics`)).text();
    expect(lagging).toMatch(/^dondoc_outbox_unpublished_events 1$/m);
    const age = Number(/^dondoc_outbox_oldest_unpublished_age_seconds (\S+)$/m.exec(lagging)?.[1]);
    expect(age).toBeGreaterThanOrEqual(90);

    expect(await publisherOf(testApp).sweep()).toBe(1);
    const caughtUp = await (await fetch(`${testApp.url}/api/metrics`)).text();
    expect(caughtUp).toMatch(/^dondoc_outbox_unpublished_events 0$/m);
    expect(caughtUp).toMatch(/^dondoc_outbox_oldest_unpublished_age_seconds 0$/m);
  });

  it('prunes messages published longer ago than the retention, in a scheduled job, and never their events', async () => {
    const old = await submitNext();
    const recent = await submitNext();
    await publisherOf(testApp).flushMarks();
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString();
    await testApp.dataSource.manager.update(
      OutboxEntity,
      { eventId: Number(old.event.id) },
      { publishedAt: twoDaysAgo },
    );
    // The default retention is one day: the sweep that publishes leaves published rows alone.
    await publisherOf(testApp).sweep();
    expect(await rowOf(old.event.id)).toBeTruthy();
    expect(await testApp.app.get(OutboxPruneJob).run(new Date())).toEqual({ pruned: 1 });
    expect(
      await testApp.dataSource.manager.findOneBy(OutboxEntity, { eventId: Number(old.event.id) }),
    ).toBeNull();
    expect(await rowOf(recent.event.id)).toBeTruthy();
    expect(
      await testApp.dataSource.manager.findOneBy(TaskEventEntity, { id: Number(old.event.id) }),
    ).toBeTruthy();
  });
  it('records what it emitted before the process closes, so a restart does not emit it again', async () => {
    const closing = await startTestApp(kind, HAND_SWEPT, { database: testApp.database });
    const task = fixture.tasks[nextTask++];
    const viaClosing = new ApiClient(closing.url, lead.accessToken);
    const answer = await viaClosing.post<TransitionResponse>(API.transitions(task.id), {
      ...SUBMIT,
      expectedVersion: 1,
    });
    expect(answer.status).toBe(200);
    await closing.close();
    expect((await rowOf(answer.body.event.id)).publishedAt).toEqual(expect.any(String));
  });
});
