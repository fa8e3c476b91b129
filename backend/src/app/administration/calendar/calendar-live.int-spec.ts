import { ADMIN_API, API, type BoardDto, type CardDto } from '@dondoc/contracts';
import { provisionalYear } from '@dondoc/deadlines';
import { useApiSuite } from '../../../testing/api-suite';
import { describeEachDatabase } from '../../../testing/each-database';
import { BoardWatcher, CalendarWatcher } from '../../../testing/socket-client';
import { TaskEntity } from '../../task-model/entities/task.entity';

/** Tuesday 9 February 2027, 10:00 in Vietnam: inside Tết 2027 as the national rules compute it. */
const NOW = '2027-02-09T03:00:00.000Z';
/** Friday 5 February 2027: the eve of Tết, a day off while 2027 is provisional. */
const DUE = '2027-02-05';

/**
 * The "Done when": confirming a calendar changes the timeliness of an affected task live on
 * the boards. The admin saves 2027 as announced (the eve of Tết worked, Friday 12/02 off instead)
 * through the administration API; a real Socket.IO client watching the plan hears of it and, reading
 * its board again as the app does, sees the card turn from due soon (provisional) to overdue.
 */
describeEachDatabase('a confirmed calendar, live on the boards', (kind) => {
  const suite = useApiSuite(kind, NOW, { taskCount: 1 });

  it('turns a task due on the eve of Tết from "due soon, dự kiến" to overdue on an open board', async () => {
    const task = suite.fixture.tasks[0];
    await suite.testApp.dataSource.manager.update(TaskEntity, { id: task.id }, { due: DUE });
    const staff = await suite.as('leadStaff');
    const cardOnBoard = async (): Promise<CardDto | undefined> =>
      (await staff.get<BoardDto>(API.board(suite.fixture.plan.id))).body.cards.find(
        (card) => card.id === task.id,
      );
    expect(await cardOnBoard()).toMatchObject({ timeliness: 'due_soon', dueProvisional: true });

    const board = await BoardWatcher.connect(suite.testApp.url, staff.accessToken);
    const heard = new CalendarWatcher(board.socket);
    try {
      expect(await board.join(suite.fixture.plan.id)).toMatchObject({ ok: true });
      const provisional = provisionalYear(2027);
      const admin = await suite.as('admin');
      const saved = await fetch(suite.testApp.url + ADMIN_API.calendarYear, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.accessToken}` },
        body: JSON.stringify({
          year: 2027,
          status: 'confirmed',
          source: 'Thông báo số 5/TB-BNV',
          daysOff: [
            ...provisional.daysOff.filter((day) => day.date !== DUE),
            { date: '2027-02-12', name: 'Tết Nguyên đán (mùng 7)', kind: 'tet' },
          ],
          workingWeekends: provisional.workingWeekends,
        }),
      });
      expect(saved.status).toBe(200);

      await heard.waitFor(1);
      expect(heard.received).toEqual([{ wardId: suite.fixture.ward.id, year: 2027 }]);
      const card = await cardOnBoard();
      expect(card?.timeliness).toBe('overdue');
      expect(card?.dueProvisional).toBeUndefined();
    } finally {
      board.close();
    }
  });
});
