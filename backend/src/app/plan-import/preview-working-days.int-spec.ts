import {
  ADMIN_API,
  type AdminCalendarDto,
  type FiguresDto,
  REPORTS_API,
  type WardSettingsDto,
} from '@dondoc/contracts';
import { effectiveDue } from '@dondoc/deadlines';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { adminCall } from '../administration/testing/admin-http';
import { TaskEntity } from '../task-model/entities/task.entity';
import type { PlanPreviewDto, PreviewGrid } from './dto/plan-preview.dto';
import { ImportClient } from './testing/import-client';
import { teachSeedCatalog } from './testing/seed-catalog';

/** Wednesday 14 October 2026: a working day by the national rules, a day off the ward announced. */
const WARD_DAY_OFF = '2026-10-14';

const cells = (texts: string[]) => texts.map((text) => ({ text }));
const planGrid = (deadlines: string[]): PreviewGrid => ({
  rows: [
    cells(['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời hạn']),
    ...deadlines.map((deadline, index) =>
      cells([
        String(index + 1),
        `Nhiệm vụ số ${index + 1}`,
        'Phòng Văn hóa - Xã hội',
        '',
        'Báo cáo',
        deadline,
      ]),
    ),
  ],
  textBefore: 'KẾ HOẠCH Chuyển đổi số năm 2026',
});

/**
 * The import preview shows each due date as the ward's own calendar counts it (a confirmed year
 * with a day off the national rules do not know), and the confirmed import stores and counts
 * those very dates; a revision is read as the plan it amends reads "Trước ngày D".
 */
describeEachDatabase('the import preview reads deadlines as the import will', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  let client: ImportClient;
  let leader: ApiClient;

  const admin = <T>(method: 'GET' | 'PUT', path: string, body?: unknown) =>
    adminCall<T>(testApp.url, client.token, method, path, body);
  const preview = async (grid: PreviewGrid, amendsPlanId?: string) => {
    const answer = await client.postPreview({ grid, year: 2026, ...(amendsPlanId ? { amendsPlanId } : {}) });
    expect(answer.status).toBe(201);
    return answer.body as unknown as PlanPreviewDto;
  };
  const confirm = async (grid: PreviewGrid, amendsPlanId?: string) => {
    const answer = await client.confirm({
      header: { symbol: '31/KH-UBND', title: 'Kế hoạch chuyển đổi số năm 2026', issuedOn: null, year: 2026 },
      grid,
      sourceSha256: null,
      choices: [],
      ...(amendsPlanId ? { amendsPlanId } : {}),
    });
    expect(answer.status).toBe(201);
    return answer.body['planId'] as string;
  };

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    fixture = await createFixture(testApp.dataSource, { taskCount: 1 });
    await teachSeedCatalog(testApp.dataSource, fixture.ward.id, 'HD');
    client = await ImportClient.login(testApp.url, fixture.users.admin.username);
    leader = await ApiClient.login(testApp.url, fixture.users.leader.username, FIXTURE_PASSWORD);
  });

  afterAll(() => testApp.close());

  it('shows the due dates moved off the ward’s own days off, and the import counts by the same dates', async () => {
    const calendar = await admin<AdminCalendarDto>('GET', ADMIN_API.calendar);
    const year2026 = calendar.body.years.find((year) => year.year === 2026);
    if (!year2026) throw new Error('the ward has no 2026 calendar');
    const saved = await admin('PUT', ADMIN_API.calendarYear, {
      ...year2026,
      status: 'confirmed',
      source: 'Thông báo số 12/TB-UBND của phường',
      daysOff: [
        ...year2026.daysOff,
        { date: WARD_DAY_OFF, name: 'Nghỉ theo thông báo của phường', kind: 'bridge' },
      ],
    });
    expect(saved.status).toBe(200);
    // By the national rules alone the day is worked: the preview used to show it as the due date.
    expect(effectiveDue(WARD_DAY_OFF)).toBe(WARD_DAY_OFF);

    const grid = planGrid(['Trước ngày 15/10/2026', 'Quý III/2026', 'Ngày 14/10/2026']);
    const read = await preview(grid);
    expect(read.rows.map((row) => [row.deadline.dueDates[0], row.deadline.workingDueDates[0]])).toEqual([
      [WARD_DAY_OFF, '2026-10-15'],
      ['2026-09-30', '2026-09-30'],
      [WARD_DAY_OFF, '2026-10-15'],
    ]);

    const planId = await confirm(grid);
    const stored = await testApp.dataSource.manager.find(TaskEntity, {
      where: { planId },
      order: { position: 'ASC' },
    });
    expect(stored.map((task) => task.due)).toEqual(read.rows.map((row) => row.deadline.dueDates[0]));
    const figures = await leader.get<FiguresDto>(REPORTS_API.planFigures(planId));
    expect(figures.status).toBe(200);
    const counted = new Map(
      figures.body.standings?.map((standing) => [standing.taskId, standing.effectiveDue]),
    );
    expect(stored.map((task) => counted.get(task.id))).toEqual(
      read.rows.map((row) => row.deadline.workingDueDates[0]),
    );
  });

  it('reads a revision as the plan it amends reads "Trước ngày D", whatever the ward reads today', async () => {
    const first = planGrid(['Trước ngày 20/10/2026']);
    const planId = await confirm({ ...first, textBefore: 'KẾ HOẠCH Số hoá hồ sơ năm 2026' });
    const settings = await admin<WardSettingsDto>('GET', ADMIN_API.settings);
    expect(
      (await admin('PUT', ADMIN_API.settings, { ...settings.body, beforeDateReading: 'same_day' })).status,
    ).toBe(200);
    try {
      const revised = planGrid(['Trước ngày 23/10/2026']);
      const read = await preview(revised, planId);
      expect(read.rows[0].deadline.dueDates).toEqual(['2026-10-22']);
      expect(read.amendment?.changed.map((change) => change.after)).toEqual([
        { deadlineText: 'Trước ngày 23/10/2026' },
      ]);
      await confirm(revised, planId);
      const [task] = await testApp.dataSource.manager.find(TaskEntity, { where: { planId } });
      expect(task.due).toBe(read.rows[0].deadline.dueDates[0]);
      // A new plan of today reads the ward's new setting.
      expect((await preview(revised)).rows[0].deadline.dueDates).toEqual(['2026-10-23']);
    } finally {
      await admin('PUT', ADMIN_API.settings, settings.body);
    }
  });
});
