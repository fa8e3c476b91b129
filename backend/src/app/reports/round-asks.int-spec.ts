import type { ApiErrorBody, NotificationDto, NotificationListDto, RoundDto } from '@dondoc/contracts';
import { NOTIFICATIONS_API, REPORTS_API } from '@dondoc/contracts';
import { useApiSuite } from '../../testing/api-suite';
import { describeEachDatabase } from '../../testing/each-database';
import type { Seat } from '../../testing/fixtures';
import { NotificationWatcher } from '../notifications/testing/notification-watcher';
import { TaskEntity } from '../task-model/entities/task.entity';
import { RoundRemindersJob } from './round-reminders.job';

const morningOf = (date: string) => `${date}T01:00:00.000Z`;

describeEachDatabase('report rounds ask their units: notifications, reminders, missing parts', (kind) => {
  const suite = useApiSuite(kind, morningOf('2026-03-05'), { taskCount: 4 });
  const { clock, as } = suite;
  const units = () => suite.fixture.units;
  const taskId = (index: number) => suite.fixture.tasks[index].id;

  beforeAll(async () => {
    // Tasks 0 and 1 are PVHCC's, 2 and 3 KTHT's: a round asks two units.
    const tasks = suite.testApp.dataSource.getRepository(TaskEntity);
    await tasks.update({ planId: suite.fixture.plan.id }, { createdAt: '2026-01-01T00:00:00.000Z' });
    for (const index of [2, 3]) await tasks.update({ id: taskId(index) }, { leadUnitId: units().KTHT.id });
  });

  const roundAsks = async (seat: Seat): Promise<NotificationDto[]> => {
    const list = (await (await as(seat)).get<NotificationListDto>(NOTIFICATIONS_API.list({ limit: 100 })))
      .body;
    return list.items.filter((item) => item.kind.startsWith('report_part_'));
  };
  const kindsOf = async (seat: Seat) => (await roundAsks(seat)).map((item) => item.kind).sort();
  const remind = (day: string) => suite.testApp.app.get(RoundRemindersJob).run(clock.set(morningOf(day)));

  it('tells each lead unit when asked and returned, reminds it on the working calendar, and compiles without the missing', async () => {
    const watcher = await NotificationWatcher.connect(
      suite.testApp.url,
      (await as('cooperator')).accessToken,
    );
    try {
      const opened = await (
        await as('officeClerk')
      ).post<RoundDto>(REPORTS_API.rounds, {
        planId: suite.fixture.plan.id,
        periodKey: '2026-Q1',
        sendBy: '2026-03-12',
      });
      expect(opened.status).toBe(201);
      const roundId = opened.body.id;

      // Every member of each lead unit is asked, live and in the bell; the office, who opened it, is not.
      await watcher.waitFor(1);
      expect(watcher.received[0]).toMatchObject({ kind: 'report_part_asked', params: { round: roundId } });
      for (const seat of ['leadStaff', 'leadHead', 'cooperator'] as const) {
        expect(await roundAsks(seat)).toEqual([
          expect.objectContaining({
            kind: 'report_part_asked',
            planId: suite.fixture.plan.id,
            taskId: null,
            params: expect.objectContaining({
              round: roundId,
              period: 'Quý I/2026',
              due: '12/03/2026',
              task: suite.fixture.plan.title,
            }),
            title: expect.stringContaining('đề nghị đơn vị báo cáo kết quả Quý I/2026, hạn gửi 12/03/2026'),
          }),
        ]);
      }
      for (const seat of ['officeClerk', 'reviewer', 'outsider'] as const)
        expect(await roundAsks(seat)).toEqual([]);

      // Friday 06/03: four working days before Thursday 12/03, not yet due soon (3 working days).
      expect(await remind('2026-03-06')).toEqual({ rounds: 1, reminded: 0, notified: 0 });
      // Monday 09/03: both parts are due soon; a second run reminds nobody again.
      const monday = await remind('2026-03-09');
      expect(monday).toMatchObject({ rounds: 1, reminded: 2 });
      expect(monday.notified).toBeGreaterThanOrEqual(3);
      expect(await remind('2026-03-09')).toEqual({ rounds: 1, reminded: 2, notified: 0 });
      expect(await kindsOf('cooperator')).toEqual(['report_part_asked', 'report_part_due_soon']);
      expect(await kindsOf('leadStaff')).toEqual(['report_part_asked', 'report_part_due_soon']);

      // PVHCC hands in and is accepted; KTHT hands in and is returned with a reason.
      clock.set(morningOf('2026-03-10'));
      const step = async (seat: Seat, body: Record<string, unknown>) => {
        const answer = await (
          await as(seat)
        ).post<RoundDto & ApiErrorBody>(REPORTS_API.commands(roundId), body);
        expect({ type: body['type'], status: answer.status, message: answer.body.message }).toEqual({
          type: body['type'],
          status: 201,
          message: undefined,
        });
        return answer.body;
      };
      const results = (indexes: number[], text: string) =>
        indexes.map((index) => ({ taskId: taskId(index), result: `${text} ${index}`, fileRefs: [] }));
      const pvhcc = { unitId: units().PVHCC.id };
      const ktht = { unitId: units().KTHT.id };
      await step('leadStaff', {
        type: 'SUBMIT_PART',
        ...pvhcc,
        payload: { results: results([0, 1], 'Xong') },
      });
      await step('cooperator', {
        type: 'SUBMIT_PART',
        ...ktht,
        payload: { results: results([2, 3], 'Sơ sài') },
      });
      await step('officeClerk', { type: 'ACCEPT_PART', ...pvhcc });
      await step('officeClerk', { type: 'RETURN_PART', ...ktht, payload: { reason: 'Ghi rõ số liệu' } });
      const returned = (await roundAsks('cooperator')).find((item) => item.kind === 'report_part_returned');
      expect(returned?.params).toMatchObject({ round: roundId, reason: 'Ghi rõ số liệu' });
      expect(returned?.title).toContain('đã trả lại phần báo cáo Quý I/2026 của đơn vị: Ghi rõ số liệu');
      expect(await kindsOf('leadStaff')).toEqual(['report_part_asked', 'report_part_due_soon']);

      // Friday 13/03, the send-by day passed: only KTHT, whose part is back in its hands, is overdue.
      const overdue = await remind('2026-03-13');
      expect(overdue).toMatchObject({ rounds: 1, reminded: 1 });
      expect(await kindsOf('cooperator')).toEqual([
        'report_part_asked',
        'report_part_due_soon',
        'report_part_overdue',
        'report_part_returned',
      ]);
      expect(await kindsOf('leadStaff')).toEqual(['report_part_asked', 'report_part_due_soon']);

      // The round's own figures name KTHT missing; Văn phòng compiles without it, naming it.
      const round = (await (await as('officeClerk')).get<RoundDto>(REPORTS_API.round(roundId))).body;
      expect(round.figures).toMatchObject({
        units: 2,
        accepted: 1,
        acceptedOnTime: 1,
        notHandedIn: 1,
        returns: 1,
        missingUnitIds: [units().KTHT.id],
      });
      const compiled = await step('officeClerk', { type: 'COMPILE' });
      expect(compiled.state).toBe('compiling');
      expect(compiled.missingUnitIds).toEqual([units().KTHT.id]);
      expect(compiled.figures.missingUnitIds).toEqual([units().KTHT.id]);
      expect(compiled.compiledText).toContain(`Đơn vị chưa gửi báo cáo: ${units().KTHT.name}.`);
      // A compiled round collects no more: no reminder after it.
      expect(await remind('2026-03-16')).toEqual({ rounds: 0, reminded: 0, notified: 0 });
    } finally {
      watcher.close();
    }
  });
});
