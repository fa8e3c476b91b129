import type { TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { readSeedPlanText } from '@dondoc/seed-data';
import type { DataSource } from 'typeorm';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { DatabaseKind } from '../database/data-source-options';
import {
  AuditChainAndOutbox1796000000000,
  createAppendOnlyTriggers,
} from '../schema/migrations/1796000000000-audit-chain-and-outbox';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { describeBreak, verifyEventChains } from './chain-verification';
import { eventHash } from './event-hash';
import { WardChainEntity } from './ward-chain.entity';

const DELIVERABLE = { deliverableRef: 'ke-hoach.docx' };

/**
 * Runs SQL on task_event past its append-only triggers, as someone with the owner's access to the
 * database could; the application never does this.
 */
async function aroundTheTriggers(
  dataSource: DataSource,
  kind: DatabaseKind,
  sql: string,
  parameters: unknown[],
) {
  if (kind === 'postgres') {
    await dataSource.query('ALTER TABLE task_event DISABLE TRIGGER USER');
    try {
      await dataSource.query(sql, parameters);
    } finally {
      await dataSource.query('ALTER TABLE task_event ENABLE TRIGGER USER');
    }
    return;
  }
  await dataSource.query('DROP TRIGGER task_event_no_update');
  await dataSource.query('DROP TRIGGER task_event_no_delete');
  const queryRunner = dataSource.createQueryRunner();
  try {
    await dataSource.query(sql, parameters);
  } finally {
    await createAppendOnlyTriggers(queryRunner);
    await queryRunner.release();
  }
}

/** One byte of the text changed: an ASCII letter's lowest bit flipped. */
function flipOneByte(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  const at = bytes.findIndex((byte) => /[a-z]/.test(String.fromCharCode(byte)));
  bytes[at] ^= 0x01;
  return bytes.toString('utf8');
}

describeEachDatabase('the hash-chained event log', (kind) => {
  let testApp: TestApp;
  const mark = (index: number) => (kind === 'postgres' ? `$${index}` : '?');

  beforeAll(async () => {
    testApp = await startTestApp(kind);
  });

  afterAll(() => testApp.close());

  /** A ward whose lead submits every task and whose reviewer returns the first with a comment. */
  async function wardWithHistory(): Promise<{ fixture: Fixture; events: TaskEventEntity[] }> {
    const fixture = await createFixture(testApp.dataSource, { taskCount: 3 });
    const lead = await ApiClient.login(testApp.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    const reviewer = await ApiClient.login(testApp.url, fixture.users.reviewer.username, FIXTURE_PASSWORD);
    for (const task of fixture.tasks) {
      const submitted = await lead.post<TransitionResponse>(API.transitions(task.id), {
        event: 'SUBMIT',
        expectedVersion: 1,
        payload: DELIVERABLE,
      });
      expect(submitted.status).toBe(200);
    }
    const returned = await reviewer.post(API.transitions(fixture.tasks[0].id), {
      event: 'RETURN',
      expectedVersion: 2,
      comment: 'Đề nghị bổ sung số liệu quý I',
    });
    expect(returned.status).toBe(200);
    const events = await testApp.dataSource.manager.find(TaskEventEntity, {
      where: { wardId: fixture.ward.id },
      order: { id: 'ASC' },
    });
    return { fixture, events };
  }

  const breaksOf = async (wardId: string) =>
    (await verifyEventChains(testApp.dataSource)).breaks.filter((found) => found.wardId === wardId);

  it("links each ward's events in id order and keeps the ward's head on the last", async () => {
    const { fixture, events } = await wardWithHistory();
    const other = await wardWithHistory();
    expect(events).toHaveLength(4);
    events.forEach((event, index) => {
      expect(event.prevHash).toBe(index === 0 ? null : events[index - 1].hash);
      expect(event.hash).toBe(eventHash(event, event.prevHash));
    });
    // Two wards, two chains: the other ward's first event starts from nothing.
    expect(other.events[0].prevHash).toBeNull();
    const head = await testApp.dataSource.manager.findOneByOrFail(WardChainEntity, {
      wardId: fixture.ward.id,
    });
    expect(head).toEqual({
      wardId: fixture.ward.id,
      lastEventId: events[3].id,
      lastHash: events[3].hash,
    });
    expect(await breaksOf(fixture.ward.id)).toEqual([]);
    expect(await breaksOf(other.fixture.ward.id)).toEqual([]);
  });

  it('refuses to update or delete an event, in the database itself', async () => {
    const { events } = await wardWithHistory();
    await expect(
      testApp.dataSource.query(`UPDATE task_event SET comment = ${mark(1)} WHERE id = ${mark(2)}`, [
        'sửa lịch sử',
        events[0].id,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      testApp.dataSource.query(`DELETE FROM task_event WHERE id = ${mark(1)}`, [events[0].id]),
    ).rejects.toThrow(/append-only/);
    if (kind === 'postgres') {
      await expect(testApp.dataSource.query('TRUNCATE task_event')).rejects.toThrow(/append-only/);
    }
    expect(await testApp.dataSource.manager.findOneByOrFail(TaskEventEntity, { id: events[0].id })).toEqual(
      events[0],
    );
  });

  it('names the event whose comment had one byte flipped, with the hash expected and the one found', async () => {
    const { fixture, events } = await wardWithHistory();
    const returned = events[3];
    const altered = flipOneByte(returned.comment as string);
    await aroundTheTriggers(
      testApp.dataSource,
      kind,
      `UPDATE task_event SET comment = ${mark(1)} WHERE id = ${mark(2)}`,
      [altered, returned.id],
    );
    const breaks = await breaksOf(fixture.ward.id);
    expect(breaks).toEqual([
      {
        wardId: fixture.ward.id,
        wardCode: fixture.ward.code,
        eventId: returned.id,
        kind: 'hash',
        expected: eventHash({ ...returned, comment: altered }, returned.prevHash),
        found: returned.hash,
      },
    ]);
    expect(describeBreak(breaks[0])).toBe(
      `ward ${fixture.ward.code} (${fixture.ward.id}): first broken link at event ${returned.id}: ` +
        `its stored hash is not the hash of its contents; expected ${breaks[0].expected}, found ${returned.hash}`,
    );
  });

  it('names the event whose payload text had one byte flipped', async () => {
    const { fixture, events } = await wardWithHistory();
    const submitted = events[1];
    const stored = JSON.stringify(submitted.payload);
    await aroundTheTriggers(
      testApp.dataSource,
      kind,
      `UPDATE task_event SET payload = ${mark(1)} WHERE id = ${mark(2)}`,
      [flipOneByte(stored), submitted.id],
    );
    expect(await breaksOf(fixture.ward.id)).toMatchObject([{ eventId: submitted.id, kind: 'hash' }]);
  });

  it('names the event after one removed from the middle, and the head after one removed from the end', async () => {
    const middle = await wardWithHistory();
    await aroundTheTriggers(testApp.dataSource, kind, `DELETE FROM task_event WHERE id = ${mark(1)}`, [
      middle.events[1].id,
    ]);
    expect(await breaksOf(middle.fixture.ward.id)).toMatchObject([
      {
        eventId: middle.events[2].id,
        kind: 'link',
        expected: middle.events[0].hash,
        found: middle.events[1].hash,
      },
    ]);

    const end = await wardWithHistory();
    await aroundTheTriggers(testApp.dataSource, kind, `DELETE FROM task_event WHERE id = ${mark(1)}`, [
      end.events[3].id,
    ]);
    expect(await breaksOf(end.fixture.ward.id)).toMatchObject([
      { eventId: end.events[3].id, kind: 'head', expected: end.events[2].hash, found: end.events[3].hash },
    ]);
  });
  it('stays one chain, in id order, when many moves of one ward commit at once', async () => {
    const fixture = await createFixture(testApp.dataSource, { taskCount: 12 });
    const lead = await ApiClient.login(testApp.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    const answers = await Promise.all(
      fixture.tasks.map((task) =>
        lead.post(API.transitions(task.id), { event: 'SUBMIT', expectedVersion: 1, payload: DELIVERABLE }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(fixture.tasks.map(() => 200));
    expect(await breaksOf(fixture.ward.id)).toEqual([]);
  });

  it('keeps an import’s events together and in order on the chain while moves of the ward commit beside it', async () => {
    const fixture = await createFixture(testApp.dataSource, { taskCount: 12 });
    const lead = await ApiClient.login(testApp.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    const admin = await ApiClient.login(testApp.url, fixture.users.admin.username, FIXTURE_PASSWORD);
    const [imported, ...moves] = await Promise.all([
      fetch(`${testApp.url}/api/plans/import?year=2026&symbol=226-chain`, {
        method: 'POST',
        headers: {
          'content-type': 'text/plain; charset=utf-8',
          authorization: `Bearer ${admin.accessToken}`,
        },
        body: readSeedPlanText('nhi-chieu-kl226-2026.txt'),
      }),
      ...fixture.tasks.map((task) =>
        lead.post(API.transitions(task.id), { event: 'SUBMIT', expectedVersion: 1, payload: DELIVERABLE }),
      ),
    ]);
    expect(imported.status).toBe(201);
    expect(moves.map((answer) => answer.status)).toEqual(fixture.tasks.map(() => 200));
    expect(await breaksOf(fixture.ward.id)).toEqual([]);
    const planId = ((await imported.json()) as { planId: string }).planId;
    const wardLog = await testApp.dataSource.manager.find(TaskEventEntity, {
      where: { wardId: fixture.ward.id },
      order: { id: 'ASC' },
    });
    const first = wardLog.findIndex((event) => event.planId === planId);
    const importedEvents = wardLog.filter((event) => event.planId === planId);
    expect(importedEvents.length).toBeGreaterThan(10);
    expect(wardLog.slice(first, first + importedEvents.length)).toEqual(importedEvents);
  });

  it('chains the events that existed before the migration exactly as the application does', async () => {
    const { fixture, events } = await wardWithHistory();
    const migration = new AuditChainAndOutbox1796000000000();
    const queryRunner = testApp.dataSource.createQueryRunner();
    try {
      await migration.down(queryRunner);
      await migration.up(queryRunner);
    } finally {
      await queryRunner.release();
    }
    const rechained = await testApp.dataSource.manager.find(TaskEventEntity, {
      where: { wardId: fixture.ward.id },
      order: { id: 'ASC' },
    });
    expect(rechained.map((event) => event.hash)).toEqual(events.map((event) => event.hash));
    expect((await verifyEventChains(testApp.dataSource)).breaks).toEqual([]);
  });
});
