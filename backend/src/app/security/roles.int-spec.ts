import { readSeedPlanText } from '@dondoc/seed-data';
import { describeEachDatabase } from '../../testing/each-database';
import type { Seat } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { vietnamToday } from '../common/vietnam-today';
import { TaskEntity } from '../task-model/entities/task.entity';
import { type ApiOperation, type OpenApiDocument, operationsOf } from './openapi-operations';
import { PUBLIC_ROUTES } from './public-routes';
import { errorShapeProblem, sampleCall, send } from './route-request';
import {
  draftDeliverableFile,
  namedValuesOf,
  pathValuesOf,
  roundResultFile,
  type WardScene,
  wardScene,
} from './ward-scene';

/**
 * What each seat of a ward gets from each route on its own ward's objects. The fixture task is a
 * draft `document` led by PVHCC with KTHT cooperating, in a plan whose reviewer unit is VHXH and
 * approver unit VP; the request is the document's own example (SUBMIT with a deliverable, etc.).
 * 2xx: served; 4xx: refused with that status in the one error shape. Public routes are not here
 * (see public-routes.ts); a route of the OpenAPI document missing from this table fails the test.
 * Report rounds answer with their example bodies: the scene's round is already open (400 to the
 * office), its example command is a lead unit's part (403 to the office, 400 for the example's
 * results) and its report is not compiled yet (422). The lead unit's part keeps taking files (its
 * staff and head attach and remove them); its files are read by the unit, Văn phòng and leadership.
 */
const ROLE_TABLE = `
route                                             leadStaff leadHead leadUnitLeader cooperator reviewer reviewerClerk approver officeHead officeClerk leader admin outsider
GET    /api/auth/me                               2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
GET    /api/plans                                 2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
GET    /api/plans/{planId}/board                  2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
GET    /api/plans/{planId}/events                 2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
POST   /api/plans                                 403       403      403            403        403      403           2xx      2xx        2xx         403    2xx   403
POST   /api/plans/{planId}/tasks                  403       403      403            403        403      403           2xx      2xx        2xx         403    2xx   403
PATCH  /api/tasks/{taskId}                        403       403      403            403        403      403           2xx      2xx        2xx         403    2xx   403
POST   /api/plans/import                          403       403      403            403        403      403           403      403        403         403    2xx   403
POST   /api/plans/import/preview                  403       403      403            403        403      403           2xx      2xx        2xx         403    2xx   403
GET    /api/plans/import/catalog                  403       403      403            403        403      403           2xx      2xx        2xx         403    2xx   403
GET    /api/reports/figures                       2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
GET    /api/reports/plans/{planId}/figures        2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
POST   /api/reports/rounds                        403       403      403            403        403      403           400      400        400         403    400   403
GET    /api/reports/rounds                        2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
GET    /api/reports/parts/mine                    2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
GET    /api/reports/rounds/{roundId}              2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
POST   /api/reports/rounds/{roundId}/commands     400       400      403            403        403      403           403      403        403         403    403   403
POST   /api/reports/rounds/{roundId}/parts/{unitId}/files 2xx 2xx 403 403 403 403 403 403 403 403 403 403
DELETE /api/reports/rounds/{roundId}/files/{resultFileId} 2xx 2xx 403 403 403 403 403 403 403 403 403 403
GET    /api/reports/rounds/{roundId}/files/{resultFileId}/content 2xx 2xx 2xx 403 403 403 2xx 2xx 2xx 2xx 2xx 403
GET    /api/reports/rounds/{roundId}/report.docx  422       422      422            422        422      422           422      422        422         422    422   422
GET    /api/reports/plans/{planId}/appendix.xlsx  2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
GET    /api/reports/plans/{planId}/board.xlsx     2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
GET    /api/reports/plans/{planId}/board          2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
GET    /api/reports/leadership                    403       403      2xx            403        403      403           403      403        403         2xx    2xx   403
GET    /api/reports/leadership/charts             403       403      2xx            403        403      403           403      403        403         2xx    2xx   403
GET    /api/tasks/{taskId}                        2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
POST   /api/tasks/{taskId}/transitions            2xx       2xx      403            403        403      403           403      403        403         403    403   403
POST   /api/tasks/{taskId}/primary-lead           403       403      403            403        403      403           2xx      403        403         403    2xx   403
POST   /api/tasks/{taskId}/type                   403       403      403            403        403      403           403      403        403         403    2xx   403
GET    /api/tasks/{taskId}/opinions               2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
POST   /api/tasks/{taskId}/comments               2xx       2xx      2xx            2xx        2xx      403           2xx      2xx        403         2xx    403   403
GET    /api/tasks/{taskId}/deliverables           2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
POST   /api/tasks/{taskId}/deliverables           2xx       2xx      403            403        403      403           403      403        403         403    403   403
DELETE /api/tasks/{taskId}/deliverables/{fileId}  2xx       2xx      403            403        403      403           403      403        403         403    403   403
GET    /api/deliverables/{fileId}/content         2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
GET    /api/units/mine/board                      2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
GET    /api/leadership                            403       403      2xx            403        403      403           403      403        403         2xx    2xx   403
GET    /api/leadership/wards                      403       403      2xx            403        403      403           403      403        403         2xx    2xx   403
GET    /api/leadership/wards/{wardId}             403       403      2xx            403        403      403           403      403        403         2xx    2xx   403
GET    /api/notifications                         2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
GET    /api/notifications/digests                 2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
POST   /api/notifications/read-all                2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
POST   /api/notifications/{id}/read               404       404      404            404        2xx      404           404      404        404         404    404   404
POST   /api/delegations                           403       2xx      403            403        403      403           2xx      2xx        403         403    403   400
GET    /api/delegations/mine                      2xx       2xx      2xx            2xx        2xx      2xx           2xx      2xx        2xx         2xx    2xx   2xx
DELETE /api/delegations/{delegationId}            403       2xx      403            403        403      403           403      403        403         403    2xx   403
GET    /api/admin/units                           403       403      403            403        403      403           403      403        403         403    2xx   403
POST   /api/admin/units                           403       403      403            403        403      403           403      403        403         403    2xx   403
PATCH  /api/admin/units/{unitId}                  403       403      403            403        403      403           403      403        403         403    400   403
PUT    /api/admin/units/{unitId}/aliases          403       403      403            403        403      403           403      403        403         403    2xx   403
POST   /api/admin/units/{unitId}/deactivate       403       403      403            403        403      403           403      403        403         403    2xx   403
POST   /api/admin/units/{unitId}/reactivate       403       403      403            403        403      403           403      403        403         403    2xx   403
GET    /api/admin/groups                          403       403      403            403        403      403           403      403        403         403    2xx   403
GET    /api/admin/name-uses                       403       403      403            403        403      403           403      403        403         403    2xx   403
PUT    /api/admin/groups/{groupId}                403       403      403            403        403      403           403      403        403         403    2xx   403
POST   /api/admin/groups                          403       403      403            403        403      403           403      403        403         403    2xx   403
DELETE /api/admin/groups/{groupId}                403       403      403            403        403      403           403      403        403         403    2xx   403
GET    /api/admin/users                           403       403      403            403        403      403           403      403        403         403    2xx   403
POST   /api/admin/users                           403       403      403            403        403      403           403      403        403         403    2xx   403
POST   /api/admin/users/import/preview            403       403      403            403        403      403           403      403        403         403    400   403
POST   /api/admin/users/import                    403       403      403            403        403      403           403      403        403         403    400   403
PATCH  /api/admin/users/{userId}                  403       403      403            403        403      403           403      403        403         403    2xx   403
POST   /api/admin/users/{userId}/deactivate       403       403      403            403        403      403           403      403        403         403    2xx   403
POST   /api/admin/users/{userId}/reactivate       403       403      403            403        403      403           403      403        403         403    2xx   403
POST   /api/admin/users/{userId}/password-reset   403       403      403            403        403      403           403      403        403         403    2xx   403
GET    /api/admin/settings                        403       403      403            403        403      403           403      403        403         403    2xx   403
PUT    /api/admin/settings                        403       403      403            403        403      403           403      403        403         403    400   403
GET    /api/admin/calendar                        403       403      403            403        403      403           403      403        403         403    2xx   403
PUT    /api/admin/calendar/year                   403       403      403            403        403      403           403      403        403         403    2xx   403
POST   /api/admin/calendar/confirm                403       403      403            403        403      403           403      403        403         403    2xx   403
PUT    /api/admin/calendar/rules                  403       403      403            403        403      403           403      403        403         403    2xx   403
GET    /api/city/wards                            403       403      403            403        403      403           403      403        403         403    403   403
POST   /api/city/wards                            403       403      403            403        403      403           403      403        403         403    403   403
GET    /api/city/people                           403       403      403            403        403      403           403      403        403         403    403   403
PUT    /api/city/grants/{userId}/{wardId}         403       403      403            403        403      403           403      403        403         403    403   403
DELETE /api/city/grants/{userId}/{wardId}         403       403      403            403        403      403           403      403        403         403    403   403
`;

/**
 * Per route, what a cell needs beyond the fixture: every route that changes the task it names gets
 * an untouched task per cell (so one seat's success does not decide the next seat's answer), and
 * these get more.
 */
const CELL_SETUP: Record<string, (cell: WardScene) => Promise<void>> = {
  'POST /api/tasks/{taskId}/primary-lead': async (cell) => {
    await cell.dataSource.getRepository(TaskEntity).update(cell.task().id, { needsPrimaryLead: true });
  },
  'DELETE /api/tasks/{taskId}/deliverables/{fileId}': draftDeliverableFile,
  'DELETE /api/reports/rounds/{roundId}/files/{resultFileId}': roundResultFile,
};

/** Bodies other than the document's example, where the example cannot succeed for anyone. */
const BODY_OF: Record<string, (cell: WardScene, seat: Seat) => unknown> = {
  'POST /api/plans/import': () => readSeedPlanText('nhi-chieu-kl226-2026.txt'),
  // Plans and tasks by hand: the ward's admin and its Văn phòng (VP) write them, as they import.
  'POST /api/plans': (_cell, seat) => ({
    symbol: `${seat}/KH-UBND`,
    issuedOn: '2026-03-15',
    issuer: 'UBND phường',
    title: 'Kế hoạch của bảng quyền',
  }),
  'POST /api/plans/{planId}/tasks': (cell) => ({
    content: 'Nhiệm vụ của bảng quyền',
    sectionKey: null,
    leadUnitId: cell.fixture.units.PVHCC.id,
    cooperatorUnitIds: [],
    deliverable: 'Báo cáo',
    deadlineText: 'Quý II/2026',
  }),
  'PATCH /api/tasks/{taskId}': (cell, seat) => ({
    expectedVersion: cell.task().version,
    content: `Nội dung sửa bởi ${seat}`,
  }),
  'POST /api/plans/import/preview': () => ({
    text: readSeedPlanText('nhi-chieu-kl226-2026.txt'),
    year: 2026,
  }),
  // Another name than the example, which the row before gave the spare group.
  'POST /api/admin/groups': () => ({ name: 'Nhóm của bảng quyền', aliases: [], members: 'all' }),
  // To a colleague of the same unit (the outsider has none), for today.
  'POST /api/delegations': (cell, seat) => {
    const { users } = cell.fixture;
    const colleague = Object.values(users).find(
      (user) => user.unitId === users[seat].unitId && user.id !== users[seat].id,
    );
    const today = vietnamToday(new Date());
    return { toUsername: (colleague ?? users[seat]).username, startsOn: today, endsOn: today };
  },
};

interface TableRow {
  route: string;
  expected: Record<Seat, string>;
}

function parseTable(table: string): TableRow[] {
  const [header, ...lines] = table.trim().split('\n');
  const seats = header.trim().split(/\s+/).slice(1) as Seat[];
  return lines.map((line) => {
    const [method, path, ...cells] = line.trim().split(/\s+/);
    if (cells.length !== seats.length)
      throw new Error(`the row of ${method} ${path} has ${cells.length} cells`);
    return {
      route: `${method} ${path}`,
      expected: Object.fromEntries(seats.map((seat, index) => [seat, cells[index]])) as Record<Seat, string>,
    };
  });
}

const ROWS = parseTable(ROLE_TABLE);

function statusClass(status: number): string {
  return status >= 200 && status < 300 ? '2xx' : String(status);
}

describeEachDatabase('every seat against every route of its own ward (role table)', (kind) => {
  let testApp: TestApp;
  let document: OpenApiDocument;
  let operations: Map<string, ApiOperation>;
  let ward: WardScene;
  let untouched: TaskEntity[];

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    ward = await wardScene(testApp.url, testApp.dataSource, { taskCount: 120 });
    untouched = ward.fixture.tasks.slice(3);
    document = (await (await fetch(`${testApp.url}/api/docs-json`)).json()) as OpenApiDocument;
    operations = new Map(operationsOf(document).map((operation) => [operation.key, operation]));
  });

  afterAll(() => testApp.close());

  it('has a row for every route of the OpenAPI document but the public ones, and a column per seat', () => {
    const missing = [...operations.keys()].filter(
      (key) => !(key in PUBLIC_ROUTES) && !ROWS.some((row) => row.route === key),
    );
    expect(missing).toEqual([]);
    expect(ROWS.filter((row) => !operations.has(row.route)).map((row) => row.route)).toEqual([]);
    expect(Object.keys(ROWS[0].expected).sort()).toEqual(Object.keys(ward.clients).sort());
  });

  it.each(ROWS.map((row) => [row.route, row] as const))('%s', async (route, row) => {
    const operation = operations.get(route);
    if (!operation) throw new Error(`${route} is not in the OpenAPI document`);
    const answers = {} as Record<Seat, string>;
    for (const seat of Object.keys(row.expected) as Seat[]) {
      const cell: WardScene = { ...ward, extra: { ...ward.extra } };
      if (operation.method !== 'GET' && operation.pathParams.includes('taskId')) {
        const task = untouched.pop();
        if (!task) throw new Error('the fixture ran out of untouched tasks: raise taskCount');
        cell.task = () => task;
      }
      await CELL_SETUP[route]?.(cell);
      const named = namedValuesOf(cell, operation);
      const call = sampleCall(operation, document, named, pathValuesOf(operation, named));
      const body = BODY_OF[route]?.(cell, seat) ?? call.body;
      const answer = await send(
        testApp.url,
        { ...call, body, token: ward.clients[seat].accessToken },
        document,
        named,
      );
      const problem = answer.status >= 400 ? errorShapeProblem(answer) : null;
      answers[seat] = problem ? `${answer.status} (${problem})` : statusClass(answer.status);
    }
    expect(answers).toEqual(row.expected);
  });
});
