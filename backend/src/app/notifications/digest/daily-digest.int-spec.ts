import type { DigestDto } from '@dondoc/contracts';
import { NOTIFICATIONS_API } from '@dondoc/contracts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient } from '../../../testing/api-client';
import { describeEachDatabase } from '../../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../../testing/fixtures';
import { type SchedulerTestApp, startSchedulerTestApp } from '../../../testing/scheduler-fixture';
import { SettableClock } from '../../../testing/settable-clock';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { DailyDigestEntity } from '../entities/daily-digest.entity';

describeEachDatabase('the units’ daily digest', (kind) => {
  // 06:30 on Friday 26/06/2026 in Vietnam: before DIGEST_HOUR (7)
  const clock = new SettableClock('2026-06-25T23:30:00.000Z');
  let testApp: SchedulerTestApp;
  let fixture: Fixture;

  const mailFolder = () => join(testApp.database.env['DATA_DIR'], 'mail');
  const mails = () => (existsSync(mailFolder()) ? readdirSync(mailFolder()).sort() : []);
  const digestRun = async (now: Date) => {
    const reports = await testApp.runner.runDueJobs(now);
    return reports.find((report) => report.job === 'daily-digest');
  };

  beforeAll(async () => {
    testApp = await startSchedulerTestApp(kind, clock);
    // PVHCC leads all three (due 30/06); VHXH reviews, VP approves
    fixture = await createFixture(testApp.dataSource, { taskCount: 3 });
    const manager = testApp.dataSource.manager;
    await manager.update(TaskEntity, { id: fixture.tasks[0].id }, { due: '2026-06-20' });
    await manager.update(
      TaskEntity,
      { id: fixture.tasks[1].id },
      { state: 'submitted', column: 'submitted' },
    );
    await manager.update(TaskEntity, { id: fixture.tasks[2].id }, { state: 'returned', column: 'returned' });
  });

  afterAll(() => testApp.close());

  it('makes nothing before the hour', async () => {
    expect(await digestRun(clock.now())).toEqual({
      job: 'daily-digest',
      outcome: 'succeeded',
      summary: { made: 0, mailed: 0, mailFailed: 0 },
    });
    expect(await testApp.dataSource.manager.count(DailyDigestEntity)).toBe(0);
  });

  it('makes one digest per unit from the hour on, and mails those with something in them once', async () => {
    const first = await digestRun(clock.set('2026-06-26T00:05:00.000Z'));
    expect(first).toMatchObject({ outcome: 'succeeded', summary: { made: 6, mailed: 2, mailFailed: 0 } });
    await digestRun(clock.advance(60_000));
    await Promise.all([digestRun(clock.now()), digestRun(clock.now())]);

    const digests = await testApp.dataSource.manager.find(DailyDigestEntity);
    expect(digests).toHaveLength(6);
    const byUnit = (code: keyof Fixture['units']) =>
      digests.find((digest) => digest.unitId === fixture.units[code].id) as DailyDigestEntity;
    const refs = (digest: DailyDigestEntity) =>
      digest.body.map((section) => `${section.key}: ${section.items.map((item) => item.ref).join(' ')}`);
    expect(refs(byUnit('PVHCC'))).toEqual(['overdue: 1', 'due_soon: 2 3', 'returned: 3']);
    expect(refs(byUnit('VHXH'))).toEqual(['to_review: 2']);
    expect(byUnit('CA')).toMatchObject({ body: [], itemCount: 0, mailedAt: null, digestDate: '2026-06-26' });
    expect(byUnit('PVHCC')).toMatchObject({ itemCount: 4, mailedAt: '2026-06-26T00:05:00.000Z' });

    const files = mails();
    expect(files).toHaveLength(2);
    // headers as one line each: long ones are folded onto indented lines
    const texts = files.map((file) =>
      readFileSync(join(mailFolder(), file), 'utf8').replace(/\r?\n[ \t]+/g, ' '),
    );
    const toPvhcc = texts.find((text) => text.includes(fixture.users.leadStaff.username)) as string;
    expect(toPvhcc).toMatch(
      new RegExp(
        `^To: ${[fixture.users.leadStaff, fixture.users.leadHead, fixture.users.leadUnitLeader]
          .map((user) => `${user.username.replace('.', '\\.')}@dondoc\\.local`)
          .join(', ')}$`,
        'm',
      ),
    );
  });

  it('shows the unit’s digests to its members, newest first, and none to a user of another unit', async () => {
    await digestRun(clock.set('2026-06-27T01:00:00.000Z'));
    const lead = await ApiClient.login(testApp.url, fixture.users.leadHead.username, FIXTURE_PASSWORD);
    const answer = await lead.get<DigestDto[]>(NOTIFICATIONS_API.digests);
    expect(answer.status).toBe(200);
    expect(answer.body.map((digest) => digest.date)).toEqual(['2026-06-27', '2026-06-26']);
    expect(answer.body[1]).toMatchObject({
      unitId: fixture.units.PVHCC.id,
      sections: [
        { key: 'overdue', items: [{ taskId: fixture.tasks[0].id, ref: '1', due: '2026-06-20' }] },
        {
          key: 'due_soon',
          items: [expect.objectContaining({ ref: '2' }), expect.objectContaining({ ref: '3' })],
        },
        { key: 'returned', items: [expect.objectContaining({ ref: '3' })] },
      ],
      mailedAt: '2026-06-26T00:05:00.000Z',
    });
    const outsider = await ApiClient.login(testApp.url, fixture.users.outsider.username, FIXTURE_PASSWORD);
    const theirs = await outsider.get<DigestDto[]>(NOTIFICATIONS_API.digests);
    expect(
      theirs.body.every((digest) => digest.unitId === fixture.units.CA.id && digest.sections.length === 0),
    ).toBe(true);
    expect(mails()).toHaveLength(4);
  });
});
