import { API } from '@dondoc/contracts';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { aroundTheTriggers } from '../../testing/tamper';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { loadEnv } from '../config/env';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { ChainCheckpointJob } from './chain-checkpoint.job';
import { eventHash } from './event-hash';
import { verifyCommand } from './verify-command';

describeEachDatabase('verify against someone who rewrites the log', (kind) => {
  let testApp: TestApp;
  const mark = (index: number) => (kind === 'postgres' ? `$${index}` : '?');

  beforeAll(async () => {
    testApp = await startTestApp(kind);
  });

  afterAll(() => testApp.close());

  /** A ward whose lead submits a task and whose reviewer returns it with a comment. */
  async function wardWithHistory(): Promise<{ fixture: Fixture; events: TaskEventEntity[] }> {
    const fixture = await createFixture(testApp.dataSource, { taskCount: 1 });
    const lead = await ApiClient.login(testApp.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    const reviewer = await ApiClient.login(testApp.url, fixture.users.reviewer.username, FIXTURE_PASSWORD);
    const task = fixture.tasks[0];
    expect(
      (
        await lead.post(API.transitions(task.id), {
          event: 'SUBMIT',
          expectedVersion: 1,
          payload: { deliverableRef: 'ke-hoach.docx' },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await reviewer.post(API.transitions(task.id), {
          event: 'RETURN',
          expectedVersion: 2,
          comment: 'Đề nghị bổ sung số liệu quý I',
        })
      ).status,
    ).toBe(200);
    const events = await testApp.dataSource.manager.find(TaskEventEntity, {
      where: { wardId: fixture.ward.id },
      order: { id: 'ASC' },
    });
    return { fixture, events };
  }

  /**
   * Rewrites one column of an event and recomputes every hash from it to the ward's head, as
   * someone holding the database (but not the anchor key) would to hide the change.
   */
  async function rewriteWithRecomputedHashes(
    wardId: string,
    events: TaskEventEntity[],
    at: number,
    change: Partial<Pick<TaskEventEntity, 'toState' | 'comment'>>,
  ): Promise<void> {
    const rewritten = events.map((event, index) => (index === at ? Object.assign(event, change) : event));
    const statements: { sql: string; parameters: unknown[] }[] = [
      {
        sql: `UPDATE task_event SET to_state = ${mark(1)}, comment = ${mark(2)} WHERE id = ${mark(3)}`,
        parameters: [rewritten[at].toState, rewritten[at].comment, rewritten[at].id],
      },
    ];
    let previous = at === 0 ? null : rewritten[at - 1].hash;
    for (const event of rewritten.slice(at)) {
      event.prevHash = previous;
      event.hash = eventHash(event, previous);
      statements.push({
        sql: `UPDATE task_event SET prev_hash = ${mark(1)}, hash = ${mark(2)} WHERE id = ${mark(3)}`,
        parameters: [event.prevHash, event.hash, event.id],
      });
      previous = event.hash;
    }
    await aroundTheTriggers(testApp.dataSource, kind, statements);
    await testApp.dataSource.query(
      `UPDATE ward_chain SET last_hash = ${mark(1)} WHERE ward_id = ${mark(2)}`,
      [previous, wardId],
    );
  }

  async function verify(): Promise<{ ok: boolean; lines: string[] }> {
    const lines: string[] = [];
    const ok = await verifyCommand(testApp.dataSource, loadEnv(testApp.database.env), (line) =>
      lines.push(line),
    );
    return { ok, lines };
  }

  it('finds a to_state changed in the log even when the hashes were recomputed', async () => {
    expect((await verify()).ok).toBe(true);
    const { fixture, events } = await wardWithHistory();
    // The submission is made to look as if it had gone straight to approval.
    await rewriteWithRecomputedHashes(fixture.ward.id, events, 0, { toState: 'approved' });
    const { ok, lines } = await verify();
    expect(ok).toBe(false);
    expect(lines.join('\n')).toContain(
      `event ${events[0].id} (version 2, SUBMIT) records draft → approved, the replay goes draft → submitted`,
    );
    expect(lines).toContain('every chain is unbroken');
  });

  it('finds a tail rewritten with recomputed hashes by the keyed checkpoint taken before it', async () => {
    const { fixture, events } = await wardWithHistory();
    const job = testApp.app.get(ChainCheckpointJob);
    expect(await job.run(new Date())).toMatchObject({ sealed: expect.any(Number) });
    // The reviewer's words are softened afterwards; every hash after them recomputed, the head moved.
    await rewriteWithRecomputedHashes(fixture.ward.id, events, 1, { comment: 'Đồng ý, không cần bổ sung' });
    const { ok, lines } = await verify();
    expect(ok).toBe(false);
    expect(lines).toContain('every chain is unbroken');
    expect(lines.join('\n')).toMatch(
      new RegExp(
        `ward ${fixture.ward.id}: checkpoint \\d+ \\(event ${events[1].id}\\): the log was rewritten at or before this event`,
      ),
    );
  });

  it('refuses a checkpoint forged without the key', async () => {
    const { fixture, events } = await wardWithHistory();
    await testApp.dataSource.query(
      `INSERT INTO chain_checkpoint (ward_id, last_event_id, last_hash, at, mac) VALUES (${mark(1)}, ${mark(2)}, ${mark(3)}, ${mark(4)}, ${mark(5)})`,
      [fixture.ward.id, events[1].id, events[1].hash, new Date().toISOString(), 'ab'.repeat(32)],
    );
    const { lines } = await verify();
    expect(lines.join('\n')).toContain(`(event ${events[1].id}): its MAC does not match`);
  });
});
