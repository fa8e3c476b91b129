import type { TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { ApiClient } from '../../../testing/api-client';
import { describeEachDatabase } from '../../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../../testing/fixtures';
import { type SchedulerTestApp, startSchedulerTestApp } from '../../../testing/scheduler-fixture';
import { SettableClock } from '../../../testing/settable-clock';
import { BoardWatcher } from '../../../testing/socket-client';
import { TaskEventEntity } from '../../task-model/entities/task-event.entity';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { ConsultationDeadlinesJob } from './consultation-deadlines.job';

/** The moves beforeAll makes, each published to the board the watcher follows. */
const SETUP_MOVES = 5;

describeEachDatabase('consultation deadlines', (kind) => {
  const clock = new SettableClock('2026-03-02T02:00:00.000Z');
  let testApp: SchedulerTestApp;
  let fixture: Fixture;
  let lead: ApiClient;
  let cooperator: ApiClient;
  let watcher: BoardWatcher;

  const row = (index: number) =>
    testApp.dataSource.manager.findOneByOrFail(TaskEntity, { id: fixture.tasks[index].id });
  const eventsOf = (index: number) =>
    testApp.dataSource.manager.find(TaskEventEntity, {
      where: { taskId: fixture.tasks[index].id },
      order: { id: 'ASC' },
    });
  const move = async (
    client: ApiClient,
    index: number,
    event: string,
    payload: Record<string, unknown> = {},
  ) => {
    const { version } = await row(index);
    const answer = await client.post<TransitionResponse>(API.transitions(fixture.tasks[index].id), {
      event,
      expectedVersion: version,
      payload,
    });
    expect(answer.status).toBe(200);
  };

  beforeAll(async () => {
    testApp = await startSchedulerTestApp(kind, clock);
    fixture = await createFixture(testApp.dataSource, { taskType: 'legal_document', taskCount: 3 });
    lead = await ApiClient.login(testApp.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    cooperator = await ApiClient.login(testApp.url, fixture.users.cooperator.username, FIXTURE_PASSWORD);
    const leader = await ApiClient.login(testApp.url, fixture.users.leader.username, FIXTURE_PASSWORD);
    watcher = await BoardWatcher.connect(testApp.url, leader.accessToken);
    await watcher.join(fixture.plan.id);
    // task 0 waits for KTHT until its deadline; task 1's consultation is closed by its lead at once
    await move(lead, 0, 'START_CONSULTATION', { deadline: '2026-03-05' });
    await move(lead, 1, 'START_CONSULTATION', { deadline: '2026-03-05' });
    await move(cooperator, 1, 'GIVE_OPINION', { opinion: 'Nhất trí' });
    await move(lead, 1, 'CLOSE_CONSULTATION');
    await move(lead, 2, 'START_CONSULTATION', { deadline: '2026-03-20' });
  });

  afterAll(async () => {
    watcher.close();
    await testApp.close();
  });

  it('keeps a consultation open through its deadline day', async () => {
    await testApp.runner.runDueJobs(clock.set('2026-03-05T16:59:00.000Z')); // 23:59 in Hà Nội
    expect(await row(0)).toMatchObject({ state: 'consultation', version: 2 });
  });

  it('closes it as the system once the deadline has passed, logged and published', async () => {
    const [report] = await testApp.runner
      .runDueJobs(clock.set('2026-03-05T17:00:00.000Z'))
      .then((reports) => reports.filter((report) => report.job === 'consultation-deadlines'));
    expect(report).toEqual({
      job: 'consultation-deadlines',
      outcome: 'succeeded',
      summary: { expired: 1, closed: 1, movedBySomeoneElse: 0 },
    });
    const closed = await row(0);
    expect(closed).toMatchObject({ state: 'consulted', column: 'draft', version: 3 });
    expect(closed.context.opinions).toEqual([
      expect.objectContaining({ unitId: fixture.units.KTHT.id, noOpinion: true }),
    ]);
    const last = (await eventsOf(0)).at(-1);
    expect(last).toMatchObject({
      event: 'CLOSE_CONSULTATION',
      actorId: 'system',
      actorName: 'Hệ thống',
      fromState: 'consultation',
      toState: 'consulted',
      version: 3,
      at: '2026-03-05T17:00:00.000Z',
      payload: expect.objectContaining({ deadlinePassed: true }),
    });
    await watcher.waitFor(SETUP_MOVES + 1);
    expect(watcher.received.find((message) => message.event.actor.id === 'system')).toMatchObject({
      card: { id: fixture.tasks[0].id, state: 'consulted', version: 3 },
      event: { event: 'CLOSE_CONSULTATION', actor: { name: 'Hệ thống' } },
    });
  });

  it('leaves alone a consultation its lead already closed', async () => {
    expect(await row(1)).toMatchObject({ state: 'consulted', version: 4 });
    expect((await eventsOf(1)).map((event) => event.actorId)).not.toContain('system');
  });

  it('yields to a person who moves the task between the read and the close', async () => {
    const stale = await row(2);
    await move(cooperator, 2, 'GIVE_OPINION', { opinion: 'Đề nghị bổ sung' });
    await move(lead, 2, 'CLOSE_CONSULTATION');
    const job = testApp.app.get(ConsultationDeadlinesJob);
    expect(await job.close(stale)).toBe('moved_by_someone_else');
    expect((await eventsOf(2)).map((event) => event.actorId)).not.toContain('system');
    expect(await row(2)).toMatchObject({ state: 'consulted', version: 4 });
  });
});
