import type { ApiErrorBody, CardDto, Timeliness, TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import type { ReportCategory } from '@dondoc/deadlines';
import ExcelJS from 'exceljs';
import { ApiClient } from '../../testing/api-client';
import { useApiSuite } from '../../testing/api-suite';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, FIXTURE_PASSWORD, type Seat } from '../../testing/fixtures';
import { TaskEntity } from '../task-model/entities/task.entity';
import type { AsOfBoardResponse, AsOfLeadershipResponse, LeadershipChartsResponse } from './as-of.dto';
import type { FiguresDto } from './reports.types';

const morningOf = (date: string) => `${date}T01:00:00.000Z`;

/** The report category a card's timeliness falls in (cancelled cards are in none). */
const CATEGORY_OF: Record<Timeliness, ReportCategory> = {
  not_due: 'in_progress_on_time',
  on_track: 'in_progress_on_time',
  due_soon: 'in_progress_on_time',
  overdue: 'in_progress_overdue',
  done_on_time: 'completed_on_time',
  done_late: 'completed_late',
};

describeEachDatabase(
  'reports: the boards and charts as of a day, from the same fold as the figures',
  (kind) => {
    const suite = useApiSuite(kind, morningOf('2026-03-02'), { taskCount: 4 });
    const { clock, as } = suite;
    const taskId = (index: number) => suite.fixture.tasks[index].id;
    const planId = () => suite.fixture.plan.id;

    const move = async (seat: Seat, index: number, event: string, payload?: object) => {
      const version = (
        await suite.testApp.dataSource.manager.findOneByOrFail(TaskEntity, { id: taskId(index) })
      ).version;
      const answer = await (
        await as(seat)
      ).post<TransitionResponse & ApiErrorBody>(API.transitions(taskId(index)), {
        event,
        expectedVersion: version,
        payload,
      });
      expect({ event, status: answer.status, message: answer.body.message }).toEqual({
        event,
        status: 200,
        message: undefined,
      });
    };
    const complete = async (index: number, day: string) => {
      clock.set(morningOf(day));
      await move('leadStaff', index, 'SUBMIT', { deliverableRef: `KH-${index}.pdf` });
      await move('reviewer', index, 'REVIEW');
      await move('approver', index, 'APPROVE', { issuedNumber: `${index}/KH-UBND`, issuedOn: day });
    };
    const get = async <T>(seat: Seat, url: string) => (await as(seat)).get<T & ApiErrorBody>(url);
    const figuresAt = async (day: string) =>
      (await get<FiguresDto>('leader', `/api/reports/plans/${planId()}/figures?at=${day}`)).body;
    const boardAt = async (day: string) =>
      get<AsOfBoardResponse>('leadStaff', `/api/reports/plans/${planId()}/board?asOf=${day}`);

    beforeAll(async () => {
      // Every task exists since New Year; all are due 30/06/2026 (Quý II).
      const tasks = suite.testApp.dataSource.getRepository(TaskEntity);
      await tasks.update({ planId: suite.fixture.plan.id }, { createdAt: '2026-01-01T00:00:00.000Z' });
      await complete(0, '2026-03-02'); // on time
      clock.set(morningOf('2026-04-01'));
      await move('approver', 3, 'CANCEL', { reason: 'Nhiệm vụ không phát sinh' });
      clock.set(morningOf('2026-06-20'));
      await move('leadStaff', 2, 'REQUEST_EXTENSION', {
        newDue: '2026-09-30',
        reason: 'Chờ hướng dẫn của Sở',
      });
      await complete(1, '2026-07-06'); // late
      clock.set(morningOf('2026-07-08'));
      await move('approver', 2, 'GRANT_EXTENSION'); // after 03/07: does not count back
    });

    beforeEach(() => clock.set(morningOf('2026-07-10')));

    it('shows each card as it stood at the day’s end, agreeing with the figures of that day', async () => {
      const answer = await boardAt('2026-07-03');
      expect(answer.status).toBe(200);
      const board = answer.body;
      expect(board).toMatchObject({ day: '2026-07-03', asOf: '2026-07-03T16:59:59.999Z', cursor: null });
      const card = (index: number) => board.cards.find((one) => one.id === taskId(index)) as CardDto;
      expect(card(0)).toMatchObject({ column: 'approved', timeliness: 'done_on_time', context: {} });
      expect(card(1)).toMatchObject({ column: 'draft', timeliness: 'overdue', due: '2026-06-30' });
      // The extension granted on 08/07 is not in force on 03/07.
      expect(card(2)).toMatchObject({ column: 'draft', timeliness: 'overdue', due: '2026-06-30' });
      expect(card(3)).toMatchObject({ column: 'cancelled' });

      const figures = await figuresAt('2026-07-03');
      expect(board.counts).toEqual(figures.overall);
      const fromCards = {
        completed_on_time: 0,
        completed_late: 0,
        in_progress_on_time: 0,
        in_progress_overdue: 0,
      };
      for (const one of board.cards)
        if (one.column !== 'cancelled' && one.timeliness !== 'cancelled')
          fromCards[CATEGORY_OF[one.timeliness]]++;
      expect(fromCards).toEqual({
        completed_on_time: figures.overall.completed_on_time,
        completed_late: figures.overall.completed_late,
        in_progress_on_time: figures.overall.in_progress_on_time,
        in_progress_overdue: figures.overall.in_progress_overdue,
      });
      expect(board.cards.map((one) => [one.id, one.column])).toEqual(
        (figures.standings ?? []).map((standing) => [standing.taskId, standing.column]),
      );

      const later = (await boardAt('2026-07-10')).body;
      expect(later.cards.find((one) => one.id === taskId(1))).toMatchObject({ timeliness: 'done_late' });
      expect(later.cards.find((one) => one.id === taskId(2))).toMatchObject({ due: '2026-09-30' });
      // Before the plan's tasks existed the board is empty.
      expect((await boardAt('2025-12-31')).body.cards).toEqual([]);
    });

    it('exports the board view with the board’s own filters, live or as of a day: the cards it shows', async () => {
      const leadStaff = await as('leadStaff');
      const refsOf = async (query: string) => {
        const url = `${suite.testApp.url}/api/reports/plans/${planId()}/board.xlsx?${query}`;
        const answer = await fetch(url, { headers: { authorization: `Bearer ${leadStaff.accessToken}` } });
        expect(answer.status).toBe(200);
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(Buffer.from(await answer.arrayBuffer()) as unknown as ExcelJS.Buffer);
        const refs: string[] = [];
        let header = false;
        book.worksheets[0].eachRow((row) => {
          const first = String(row.getCell(1).value ?? '');
          if (header) refs.push(first);
          else header = first === 'Số TT';
        });
        return refs;
      };
      const board = (await boardAt('2026-07-03')).body;
      const overdueThen = board.cards.filter((card) => card.timeliness === 'overdue').map((card) => card.ref);
      expect(overdueThen).toEqual(['2', '3']);
      expect(await refsOf('asOf=2026-07-03&timeliness=overdue')).toEqual(overdueThen);
      // Live: the extension is granted and task 2 is done; search folds diacritics.
      expect(await refsOf('timeliness=overdue')).toEqual([]);
      expect(await refsOf('q=thu%20nghiem%20so%204')).toEqual(['4']);
      expect(await refsOf('mine=1&unit=PVHCC')).toEqual(['1', '2', '3', '4']);
      expect((await leadStaff.get(`/api/reports/plans/${planId()}/board.xlsx?asOf=2030-01-01`)).status).toBe(
        400,
      );
    });

    it('refuses a day that is not one, or one to come, with 400', async () => {
      for (const asOf of ['2026-07-11', '03/07/2026', '2026-02-30', '']) {
        const answer = await boardAt(asOf);
        expect({ asOf, status: answer.status, code: answer.body.code }).toEqual({
          asOf,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
      }
      const leadership = await get<AsOfLeadershipResponse>(
        'leader',
        '/api/reports/leadership?asOf=2027-01-01',
      );
      expect(leadership.status).toBe(400);
    });

    it('shows the leadership board as of a day: counts per unit and the overdue tasks then', async () => {
      const answer = await get<AsOfLeadershipResponse>('leader', '/api/reports/leadership?asOf=2026-07-03');
      expect(answer.status).toBe(200);
      const board = answer.body;
      expect(board).toMatchObject({ day: '2026-07-03', ticker: [] });
      const pvhcc = board.units.find((row) => row.unit.id === suite.fixture.units.PVHCC.id);
      expect(pvhcc?.counts).toMatchObject({ done_on_time: 1, overdue: 2, done_late: 0 });
      expect(board.attention.map((item) => item.taskId).sort()).toEqual([taskId(1), taskId(2)].sort());

      const ward = (await get<FiguresDto>('leader', '/api/reports/figures?at=2026-07-03')).body;
      const unitFigures = ward.byUnit.find((row) => row.unitId === suite.fixture.units.PVHCC.id)?.counts;
      expect(pvhcc?.counts.done_on_time).toBe(unitFigures?.completed_on_time);
      expect(pvhcc?.counts.done_late).toBe(unitFigures?.completed_late);
      expect(pvhcc?.counts.overdue).toBe(unitFigures?.in_progress_overdue);
      expect(
        (pvhcc?.counts.not_due ?? 0) + (pvhcc?.counts.on_track ?? 0) + (pvhcc?.counts.due_soon ?? 0),
      ).toBe(unitFigures?.in_progress_on_time);
    });

    it('draws the year week by week and each plan against its deadlines, agreeing with the figures', async () => {
      const answer = await get<LeadershipChartsResponse>(
        'leader',
        '/api/reports/leadership/charts?asOf=2026-07-10',
      );
      expect(answer.status).toBe(200);
      const charts = answer.body;
      expect(charts).toMatchObject({ day: '2026-07-10', year: 2026 });
      expect(charts.weeks.at(-1)).toMatchObject({ start: '2026-07-06', end: '2026-07-12' });
      const figures = await figuresAt('2026-07-10');
      const sum = (key: 'doneOnTime' | 'doneLate') =>
        charts.weeks.reduce((total, week) => total + week[key], 0);
      expect(sum('doneOnTime')).toBe(figures.overall.completed_on_time);
      expect(sum('doneLate')).toBe(figures.overall.completed_late);
      expect(charts.weeks.find((week) => week.start === '2026-03-02')?.doneOnTime).toBe(1);
      expect(charts.weeks.find((week) => week.start === '2026-06-29')?.overdue).toBe(
        (await figuresAt('2026-07-05')).overall.in_progress_overdue,
      );
      expect(charts.weeks.at(-1)?.overdue).toBe(figures.overall.in_progress_overdue);
      expect(charts.plans).toEqual([
        expect.objectContaining({ planId: planId(), total: 3, done: 2, due: 2, overdue: 0 }),
      ]);
      // Now, without a day.
      expect((await get<LeadershipChartsResponse>('leader', '/api/reports/leadership/charts')).body.day).toBe(
        '2026-07-10',
      );
    });

    it('answers 403 to a user who is not of the leadership, and 404 across wards', async () => {
      expect((await get('outsider', '/api/reports/leadership?asOf=2026-07-03')).status).toBe(403);
      expect((await get('outsider', '/api/reports/leadership/charts')).status).toBe(403);
      const other = await createFixture(suite.testApp.dataSource, { taskCount: 1 });
      const stranger = await ApiClient.login(
        suite.testApp.url,
        other.users.leader.username,
        FIXTURE_PASSWORD,
      );
      expect((await stranger.get(`/api/reports/plans/${planId()}/board?asOf=2026-07-03`)).status).toBe(404);
      // A bad day does not tell a stranger whether the plan exists.
      expect((await stranger.get(`/api/reports/plans/${planId()}/board?asOf=nope`)).status).toBe(404);
      expect(
        (await stranger.get(`/api/reports/leadership?asOf=2026-07-03&wardId=${suite.fixture.ward.id}`))
          .status,
      ).toBe(404);
      expect(
        (await stranger.get(`/api/reports/leadership/charts?wardId=${suite.fixture.ward.id}`)).status,
      ).toBe(404);
    });
  },
);
