import {
  API,
  DELIVERABLE_UPLOAD_FIELD,
  type DeliverableFileDto,
  type NotificationListDto,
  REPORTS_API,
  RESULT_FILE_TASK_FIELD,
  type ResultFileDto,
} from '@dondoc/contracts';
import { periodOf } from '@dondoc/reports';
import type { DataSource } from 'typeorm';
import { ApiClient } from '../../testing/api-client';
import { createFixture, type Fixture, FIXTURE_PASSWORD, type Seat } from '../../testing/fixtures';
import { vietnamToday } from '../common/vietnam-today';
import type { TaskEntity } from '../task-model/entities/task.entity';
import type { ApiOperation, NamedValues } from './openapi-operations';

/** One ward of a security walk: its fixture, a signed-in client per seat, and the objects routes name. */
export interface WardScene {
  fixture: Fixture;
  clients: Record<Seat, ApiClient>;
  dataSource: DataSource;
  /** The task a route acts on: always the same one in the tenancy walk, a fresh one per call in the role table. */
  task(): TaskEntity;
  /** Ids of objects made by PREPARE_OBJECTS (deliverables, comments…), by field name. */
  extra: Record<string, string>;
}

/**
 * THE map from a path parameter or body field to the object of a ward it names, by field name or,
 * for a name as vague as `id`, by `METHOD /path {name}`. The tenancy walk fills it from ward B, the
 * role table from the caller's own ward. A new route whose parameter is missing here fails both
 * tests with its name: add a line, and a PREPARE_OBJECTS step when the fixture lacks the object.
 */
export const ID_OF_FIELD: Record<string, (scene: WardScene) => string> = {
  wardId: (scene) => scene.fixture.ward.id,
  planId: (scene) => scene.fixture.plan.id,
  taskId: (scene) => scene.task().id,
  unitId: (scene) => scene.fixture.units.PVHCC.id,
  leadUnitId: (scene) => scene.fixture.units.PVHCC.id,
  userId: (scene) => scene.fixture.users.leadStaff.id,
  fileId: (scene) => prepared(scene, 'fileId'),
  delegationId: (scene) => prepared(scene, 'delegationId'),
  roundId: (scene) => prepared(scene, 'roundId'),
  resultFileId: (scene) => prepared(scene, 'resultFileId'),
  'POST /api/notifications/{id}/read {id}': (scene) => prepared(scene, 'notificationId'),
  groupId: (scene) => prepared(scene, 'spareGroupId'),
  ...adminRoutesOn('/api/admin/units/{unitId}', 'unitId', 'spareUnitId', [
    'PATCH',
    'PUT /aliases',
    'POST /deactivate',
    'POST /reactivate',
  ]),
  ...adminRoutesOn('/api/admin/users/{userId}', 'userId', 'spareUserId', [
    'PATCH',
    'POST /deactivate',
    'POST /reactivate',
    'POST /password-reset',
  ]),
};

/**
 * The administration routes act on a unit and a person made for them, so that renaming,
 * deactivating or resetting never changes the seats and units the other routes are walked with.
 */
function adminRoutesOn(
  path: string,
  param: string,
  extra: string,
  routes: string[],
): Record<string, (scene: WardScene) => string> {
  return Object.fromEntries(
    routes.map((route) => {
      const [method, tail = ''] = route.split(' ');
      return [`${method} ${path}${tail} {${param}}`, (scene: WardScene) => prepared(scene, extra)];
    }),
  );
}

/** Tasks of the fixture the preparation moves (0 is the walk's own task, 1 the socket test's). */
const SUBMITTED_TASK = 2;

/**
 * Objects routes name that createFixture does not make, created through the API before the walk
 * starts; each stores its id in `scene.extra`, read back by a line of ID_OF_FIELD.
 */
export const PREPARE_OBJECTS: ((scene: WardScene) => Promise<void>)[] = [
  draftDeliverableFile,
  reviewerNotification,
  headDelegatesToStaff,
  adminMakesSpareUnitAndPerson,
  officeOpensReportRound,
  roundResultFile,
];

/** The lead unit's staff adds a file to the draft deliverable of the scene's task. */
export async function draftDeliverableFile(scene: WardScene): Promise<void> {
  const lead = scene.clients.leadStaff;
  const form = new FormData();
  const pdf = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
  form.append(DELIVERABLE_UPLOAD_FIELD, new File([pdf], 'du-thao.pdf', { type: 'application/pdf' }));
  const response = await fetch(`${lead.baseUrl}/api/tasks/${scene.task().id}/deliverables`, {
    method: 'POST',
    headers: { authorization: `Bearer ${lead.accessToken}` },
    body: form,
  });
  if (response.status !== 201) throw new Error(`uploading a draft file: ${await response.text()}`);
  scene.extra['fileId'] = ((await response.json()) as DeliverableFileDto).id;
}

/** A task submitted, so the plan's reviewer has a notification. */
async function reviewerNotification(scene: WardScene): Promise<void> {
  const moved = await scene.clients.leadStaff.post(API.transitions(scene.fixture.tasks[SUBMITTED_TASK].id), {
    event: 'SUBMIT',
    expectedVersion: 1,
    payload: { deliverableRef: 'KH-01.pdf' },
  });
  if (moved.status !== 200) throw new Error(`submitting a task: ${JSON.stringify(moved.body)}`);
  const list = await scene.clients.reviewer.get<NotificationListDto>('/api/notifications');
  const notification = list.body.items?.[0];
  if (!notification) throw new Error(`the reviewer got no notification: ${JSON.stringify(list.body)}`);
  scene.extra['notificationId'] = notification.id;
}

/** The lead unit's head lets its staff act for them today. */
async function headDelegatesToStaff(scene: WardScene): Promise<void> {
  const today = vietnamToday(new Date());
  const created = await scene.clients.leadHead.post<{ id: string }>('/api/delegations', {
    toUsername: scene.fixture.users.leadStaff.username,
    startsOn: today,
    endsOn: today,
  });
  if (created.status !== 201) throw new Error(`delegating: ${JSON.stringify(created.body)}`);
  scene.extra['delegationId'] = created.body.id;
}

/** Văn phòng opens a report round of the plan, so the round routes have a round to name. */
async function officeOpensReportRound(scene: WardScene): Promise<void> {
  const opened = await scene.clients.officeClerk.post<{ id: string }>('/api/reports/rounds', {
    planId: scene.fixture.plan.id,
    // The month of today (calendar basis): the fixture's tasks, made now, exist at its cut-off.
    periodKey: periodOf(vietnamToday(new Date()), 'monthly', 'calendar').key,
    basis: 'calendar',
    sendBy: vietnamToday(new Date()),
  });
  if (opened.status !== 201) throw new Error(`opening a report round: ${JSON.stringify(opened.body)}`);
  scene.extra['roundId'] = opened.body.id;
}

/** The lead unit's staff attaches a file to its result of the scene's task in the round. */
export async function roundResultFile(scene: WardScene): Promise<void> {
  const lead = scene.clients.leadStaff;
  const roundId = prepared(scene, 'roundId');
  const form = new FormData();
  const pdf = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
  form.append(RESULT_FILE_TASK_FIELD, scene.fixture.tasks[0].id);
  form.append(DELIVERABLE_UPLOAD_FIELD, new File([pdf], 'ket-qua.pdf', { type: 'application/pdf' }));
  const url = lead.baseUrl + REPORTS_API.resultFiles(roundId, scene.fixture.units.PVHCC.id);
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${lead.accessToken}` },
    body: form,
  });
  if (response.status !== 201) throw new Error(`attaching a result file: ${await response.text()}`);
  scene.extra['resultFileId'] = ((await response.json()) as ResultFileDto).id;
}

/** A unit that leads no task, a person of it and a group of it, for the administration routes to act on. */
async function adminMakesSpareUnitAndPerson(scene: WardScene): Promise<void> {
  const admin = scene.clients.admin;
  const code = `DP${scene.fixture.ward.code}`.slice(0, 32);
  const unit = await admin.post<{ id: string }>('/api/admin/units', {
    code,
    name: `Đơn vị dự phòng ${code}`,
    kind: 'specialist',
  });
  if (unit.status !== 201) throw new Error(`creating a spare unit: ${JSON.stringify(unit.body)}`);
  scene.extra['spareUnitId'] = unit.body.id;
  const person = await admin.post<{ user: { id: string } }>('/api/admin/users', {
    username: `${scene.fixture.ward.code.toLowerCase()}.du-phong`,
    fullName: 'Người dùng dự phòng',
    unitId: unit.body.id,
    roles: ['staff'],
  });
  if (person.status !== 201) throw new Error(`creating a spare person: ${JSON.stringify(person.body)}`);
  scene.extra['spareUserId'] = person.body.user.id;
  const group = await admin.post<{ id: string }>('/api/admin/groups', {
    name: 'Nhóm dự phòng',
    aliases: ['Các đơn vị dự phòng'],
    members: [unit.body.id],
  });
  if (group.status !== 201) throw new Error(`creating a spare group: ${JSON.stringify(group.body)}`);
  scene.extra['spareGroupId'] = group.body.id;
}

function prepared(scene: WardScene, name: string): string {
  const id = scene.extra[name];
  if (!id) throw new Error(`no ${name} was prepared for ward ${scene.fixture.ward.code}`);
  return id;
}

/** A ward fixture with every seat signed in through the real login. */
export async function wardScene(
  url: string,
  dataSource: DataSource,
  options: Parameters<typeof createFixture>[1] = {},
): Promise<WardScene> {
  const fixture = await createFixture(dataSource, {
    ...options,
    taskCount: Math.max(options.taskCount ?? 0, 3),
  });
  const clients = {} as Record<Seat, ApiClient>;
  for (const [seat, user] of Object.entries(fixture.users) as [Seat, Fixture['users'][Seat]][]) {
    clients[seat] = await ApiClient.login(url, user.username, FIXTURE_PASSWORD);
  }
  const scene: WardScene = { fixture, clients, dataSource, task: () => fixture.tasks[0], extra: {} };
  for (const prepare of PREPARE_OBJECTS) await prepare(scene);
  return scene;
}

/**
 * Field values from the scene for one operation, each looked up once (so one fresh task serves its
 * path and its body).
 */
export function namedValuesOf(scene: WardScene, operation?: ApiOperation): NamedValues {
  const seen = new Map<string, string>();
  return (name) => {
    const resolver = (operation && ID_OF_FIELD[`${operation.key} {${name}}`]) ?? ID_OF_FIELD[name];
    if (!resolver) return undefined;
    if (!seen.has(name)) seen.set(name, resolver(scene));
    return seen.get(name);
  };
}

/** Whether ID_OF_FIELD names the object behind this parameter of this operation. */
export function isMapped(operation: ApiOperation, param: string): boolean {
  return `${operation.key} {${param}}` in ID_OF_FIELD || param in ID_OF_FIELD;
}

/** The path parameters of an operation from the scene; throws naming the route when one is not mapped. */
export function pathValuesOf(operation: ApiOperation, named: NamedValues): Record<string, string> {
  return Object.fromEntries(
    operation.pathParams.map((param) => {
      const value = named(param);
      if (value === undefined) {
        throw new Error(
          `${operation.key}: no object for {${param}} — add it to ID_OF_FIELD in backend/src/app/security/ward-scene.ts`,
        );
      }
      return [param, value];
    }),
  );
}

/** Every id and name of a ward's objects, to look for in answers given to another ward. */
export function markersOf(scene: WardScene): string[] {
  const { ward, units, users, plan, tasks } = scene.fixture;
  return [
    ward.id,
    ward.code,
    plan.id,
    ...Object.values(units).map((unit) => unit.id),
    ...Object.values(users).flatMap((user) => [user.id, user.username]),
    ...tasks.map((task) => task.id),
    ...Object.values(scene.extra),
  ];
}
