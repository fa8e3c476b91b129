import { API, type BoardDto, type CardDto } from '@dondoc/contracts';
import { type CalendarYear, provisionalYear } from '@dondoc/deadlines';
import type { DataSource } from 'typeorm';
import { ApiClient } from '../../testing/api-client';
import { useApiSuite } from '../../testing/api-suite';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { BoardWatcher, CalendarWatcher } from '../../testing/socket-client';
import { toAuthUser } from '../auth/auth.service';
import { AppError } from '../common/app-error';
import { TaskAlertEntity } from '../notifications/reminders/task-alert.entity';
import { TaskAlertsJob } from '../notifications/reminders/task-alerts.job';
import { TaskEntity } from '../task-model/entities/task.entity';
import { WardCalendarChanges } from '../task-model/ward-calendar-changes';
import { CalendarWriter } from './calendar-writer';
import { CalendarYearEntity } from './entities/calendar-year.entity';
import { WardCalendars } from './ward-calendars';

/** Tuesday 9 February 2027, 10:00 in Vietnam: inside Tết 2027 as the national rules compute it. */
const NOW = '2027-02-09T03:00:00.000Z';
/** Friday 5 February 2027: the eve of Tết, a day off in the provisional year. */
const DUE = '2027-02-05';

/**
 * 2027 as a ward might confirm it from an announcement that works the eve of Tết and gives Friday
 * 12/02 off instead: a task due on 05/02 is then due that very day.
 */
function confirmedTet2027(): CalendarYear {
  const provisional = provisionalYear(2027);
  return {
    ...provisional,
    status: 'confirmed',
    daysOff: [
      ...provisional.daysOff.filter((day) => day.date !== DUE),
      { date: '2027-02-12', name: 'Tết Nguyên đán (mùng 7)', kind: 'tet' },
    ],
  };
}

describeEachDatabase('ward working calendars', (kind) => {
  const suite = useApiSuite(kind, NOW, { taskCount: 2 });
  let neighbour: Fixture;

  const data = (): DataSource => suite.testApp.dataSource;
  const writer = () => suite.testApp.app.get(CalendarWriter);
  const calendars = () => suite.testApp.app.get(WardCalendars);
  const admin = () => ({ userId: suite.fixture.users.admin.id, at: NOW });
  const cardOf = async (client: ApiClient, planId: string, taskId: string): Promise<CardDto> => {
    const board = await client.get<BoardDto>(API.board(planId));
    expect(board.status).toBe(200);
    const card = board.body.cards.find((candidate) => candidate.id === taskId);
    if (!card) throw new Error(`no card ${taskId}`);
    return card;
  };

  beforeAll(async () => {
    neighbour = await createFixture(data(), { taskCount: 1 });
    for (const task of [suite.fixture.tasks[0], neighbour.tasks[0]])
      await data().manager.update(TaskEntity, { id: task.id }, { due: DUE });
  });

  it('counts 2027 by the national rules until the ward stores a year: Tết off, the due date marked dự kiến', async () => {
    const year = await calendars().yearOf(suite.fixture.ward.id, 2027);
    expect(year.status).toBe('provisional');
    expect(year.daysOff.filter((day) => day.kind === 'tet').map((day) => day.date)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
    ]);
    expect(year.daysOff.find((day) => day.name.startsWith('Giỗ Tổ'))?.date).toBe('2027-04-16');
    expect((await calendars().yearOf(suite.fixture.ward.id, 2026)).status).toBe('confirmed');

    const card = await cardOf(await suite.as('leadStaff'), suite.fixture.plan.id, suite.fixture.tasks[0].id);
    // Due on a day off, it is due on the next working day, Friday 12/02: one working day away.
    expect(card.timeliness).toBe('due_soon');
    expect(card.dueProvisional).toBe(true);
    // Due 30/06/2026, in the shipped (announced) year: no mark.
    const in2026 = await cardOf(
      await suite.as('leadStaff'),
      suite.fixture.plan.id,
      suite.fixture.tasks[1].id,
    );
    expect(in2026.due).toBe('2026-06-30');
    expect(in2026.dueProvisional).toBeUndefined();
  });

  it('refuses a broken year with every problem named, and stores nothing', async () => {
    const broken = { ...confirmedTet2027(), workingWeekends: [{ date: '2027-02-10', reason: 'Làm bù' }] };
    const refusal = await data()
      .transaction((manager) => writer().saveYear(manager, suite.fixture.ward.id, 2027, broken, admin()))
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe('VALIDATION_FAILED');
    expect((refusal as AppError).extra.details?.join('\n')).toContain('workingWeekends[0].date');
    expect(await data().manager.countBy(CalendarYearEntity, { wardId: suite.fixture.ward.id })).toBe(0);
  });

  it("a confirmed year changes the ward's cards and reminders, and no other ward's", async () => {
    const saved = await data().transaction((manager) =>
      writer().saveYear(manager, suite.fixture.ward.id, 2027, confirmedTet2027(), admin()),
    );
    expect(saved).toMatchObject({ status: 'confirmed', confirmedBy: suite.fixture.users.admin.id });

    const card = await cardOf(await suite.as('leadStaff'), suite.fixture.plan.id, suite.fixture.tasks[0].id);
    expect(card.timeliness).toBe('overdue');
    expect(card.dueProvisional).toBeUndefined();

    const neighbourClient = await ApiClient.login(
      suite.testApp.url,
      neighbour.users.leadStaff.username,
      FIXTURE_PASSWORD,
    );
    const neighbourCard = await cardOf(neighbourClient, neighbour.plan.id, neighbour.tasks[0].id);
    expect(neighbourCard.timeliness).toBe('due_soon');
    expect(neighbourCard.dueProvisional).toBe(true);

    await suite.testApp.app.get(TaskAlertsJob).run(new Date(NOW));
    const alerts = await data().manager.find(TaskAlertEntity, {
      where: [{ taskId: suite.fixture.tasks[0].id }, { taskId: neighbour.tasks[0].id }],
    });
    const kindsOf = (taskId: string) =>
      alerts
        .filter((alert) => alert.taskId === taskId)
        .map((alert) => alert.kind)
        .sort();
    expect(kindsOf(suite.fixture.tasks[0].id)).toEqual(['escalated_unit_head', 'overdue']);
    expect(kindsOf(neighbour.tasks[0].id)).toEqual(['due_soon']);
  });

  it("tells the ward's open boards when a year is confirmed, and no other ward's", async () => {
    const board = await BoardWatcher.connect(suite.testApp.url, (await suite.as('leadStaff')).accessToken);
    const neighbourClient = await ApiClient.login(
      suite.testApp.url,
      neighbour.users.leadStaff.username,
      FIXTURE_PASSWORD,
    );
    const neighbourBoard = await BoardWatcher.connect(suite.testApp.url, neighbourClient.accessToken);
    const heard = new CalendarWatcher(board.socket);
    const neighbourHeard = new CalendarWatcher(neighbourBoard.socket);
    try {
      expect(await board.join(suite.fixture.plan.id)).toMatchObject({ ok: true });
      expect(await neighbourBoard.join(neighbour.plan.id)).toMatchObject({ ok: true });
      const changes = suite.testApp.app.get(WardCalendarChanges);
      const confirmed = await changes.confirmYear(
        toAuthUser(suite.fixture.users.admin),
        2029,
        'Thông báo số 9/TB-BNV',
      );
      expect(confirmed).toMatchObject({ year: 2029, status: 'confirmed' });
      await heard.waitFor(1);
      expect(heard.received).toEqual([{ wardId: suite.fixture.ward.id, year: 2029 }]);
      // the neighbour's socket is open and joined: had a message been sent it would have come by now
      await changes.saveRules(toAuthUser(suite.fixture.users.admin), { optionalHolidays: [] });
      await heard.waitFor(2);
      expect(heard.received[1]).toEqual({ wardId: suite.fixture.ward.id });
      expect(neighbourHeard.received).toEqual([]);
    } finally {
      board.close();
      neighbourBoard.close();
    }
  });

  it('confirms a year as it stands from the announcement named, and refuses one without it', async () => {
    const wardId = neighbour.ward.id;
    await expect(
      data().transaction((manager) => writer().confirmYear(manager, wardId, 2028, '  ', admin())),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const confirmed = await data().transaction((manager) =>
      writer().confirmYear(manager, wardId, 2028, 'Thông báo số 1/TB-BNV', admin()),
    );
    expect(confirmed).toMatchObject({ year: 2028, status: 'confirmed', source: 'Thông báo số 1/TB-BNV' });
    expect(confirmed.daysOff).toEqual(provisionalYear(2028).daysOff);
    expect((await calendars().yearsOf(wardId)).map((year) => [year.year, year.status])).toEqual([
      [2026, 'confirmed'],
      [2028, 'confirmed'],
    ]);
  });

  it('switches on a holiday a future amendment adds, from its year, for the provisional years only', async () => {
    const wardId = neighbour.ward.id;
    const rules = {
      optionalHolidays: [{ month: 11, day: 24, name: 'Ngày Văn hóa Việt Nam', fromYear: 2029 }],
    };
    await expect(
      data().transaction((manager) =>
        writer().saveRules(manager, wardId, { optionalHolidays: [{ month: 2, day: 30 }] }, admin()),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await data().transaction((manager) => writer().saveRules(manager, wardId, rules, admin()));
    const days = async (year: number) =>
      (await calendars().yearOf(wardId, year)).daysOff.map((day) => day.date);
    expect(await days(2029)).toContain('2029-11-24');
    expect(await days(2030)).toContain('2030-11-25'); // 24/11/2030 is a Sunday: its substitute day
    expect(await days(2028)).not.toContain('2028-11-24');
    expect(await days(2027)).not.toContain('2027-11-24');
  });
});
