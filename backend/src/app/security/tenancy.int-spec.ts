import { API } from '@dondoc/contracts';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { FIXTURE_PASSWORD, type Seat } from '../../testing/fixtures';
import { BoardWatcher } from '../../testing/socket-client';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { IMPORT_JSON_BODY_LIMIT_BYTES, IMPORT_ROUTES, JSON_BODY_LIMIT_BYTES } from '../http/request-bodies';
import { UserEntity } from '../org/entities/user.entity';
import { allRows, wardRows } from './database-rows';
import { gatewayMessages } from './gateway-messages';
import { type ApiOperation, type OpenApiDocument, operationsOf } from './openapi-operations';
import { PUBLIC_ROUTES } from './public-routes';
import { errorShapeProblem, type RouteAnswer, sampleCall, send } from './route-request';
import {
  ID_OF_FIELD,
  isMapped,
  markersOf,
  namedValuesOf,
  pathValuesOf,
  type WardScene,
  wardScene,
} from './ward-scene';

/**
 * What a user of ward A who sends a socket message with ward B's ids must get back. A message the
 * gateways subscribe to that is missing here fails the walk with its name.
 */
const SOCKET_MESSAGES: Record<string, 'refused' | 'joins only the caller’s own ward' | 'sends no answer'> = {
  'plan.join': 'refused',
  // Asked with ward B's id: refused (404 for A's leaders, who hold no grant of B; 403 for the rest).
  'ward.join': 'refused',
  'plan.leave': 'sends no answer',
  'ward.leave': 'sends no answer',
};

/** The ward's admin, given the city-level role too, signed in again so the token carries it. */
async function asCityAdmin(testApp: TestApp, ward: WardScene): Promise<string> {
  const admin = ward.fixture.users.admin;
  await testApp.dataSource.manager.update(UserEntity, { id: admin.id }, { roles: ['admin', 'city_admin'] });
  return (await ApiClient.login(testApp.url, admin.username, FIXTURE_PASSWORD)).accessToken;
}

/** Sent in place of an id: every id parameter must be validated, so this is a 400, never a 404. */
const MALFORMED_ID = 'not-a-uuid';

/**
 * Tenancy, issue #7: a user of ward A walks every route of the OpenAPI document and every socket
 * message against the objects of ward B, and is refused every time with nothing written; the same
 * walk with a malformed id or body gets a 400 in the one error shape.
 */
describeEachDatabase('tenancy: ward A reaches nothing of ward B', (kind) => {
  let testApp: TestApp;
  let document: OpenApiDocument;
  let operations: ApiOperation[];
  let wardA: WardScene;
  let wardB: WardScene;
  let seats: Seat[];

  const isPublic = (operation: ApiOperation) => operation.key in PUBLIC_ROUTES;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    wardA = await wardScene(testApp.url, testApp.dataSource);
    wardB = await wardScene(testApp.url, testApp.dataSource);
    seats = Object.keys(wardA.clients) as Seat[];
    document = (await (await fetch(`${testApp.url}/api/docs-json`)).json()) as OpenApiDocument;
    operations = operationsOf(document);
  });

  afterAll(() => testApp.close());

  it('covers every route: each parameter names a mapped object, and only listed routes are public', () => {
    expect(operations.length).toBeGreaterThan(5);
    const unmapped = operations
      .filter((operation) => !isPublic(operation))
      .flatMap((operation) =>
        operation.pathParams
          .filter((param) => !isMapped(operation, param))
          .map((param) => `${operation.key}: {${param}} is not in ID_OF_FIELD (security/ward-scene.ts)`),
      );
    expect(unmapped).toEqual([]);
    const stale = Object.keys(PUBLIC_ROUTES).filter((key) => !operations.some((op) => op.key === key));
    expect(stale).toEqual([]);
  });

  it('refuses every route but the public ones without a token, in the one error shape', async () => {
    const holes: string[] = [];
    for (const operation of operations.filter((entry) => !isPublic(entry))) {
      const named = namedValuesOf(wardB, operation);
      const answer = await send(
        testApp.url,
        sampleCall(operation, document, named, pathValuesOf(operation, named)),
        document,
        named,
      );
      const problem = answer.status === 401 ? errorShapeProblem(answer) : `answered ${answer.status}`;
      if (problem) holes.push(`${operation.key} without a token: ${problem}`);
    }
    expect(holes).toEqual([]);
  });

  it("answers 403 or 404 to every seat of ward A on every route naming ward B's objects, writing nothing", async () => {
    const before = await wardRows(testApp.dataSource, wardB.fixture.ward.id);
    const holes: string[] = [];
    let calls = 0;
    for (const operation of operations.filter((entry) => !isPublic(entry) && entry.pathParams.length)) {
      const named = namedValuesOf(wardB, operation);
      const call = sampleCall(operation, document, named, pathValuesOf(operation, named));
      for (const seat of seats) {
        const answer = await send(
          testApp.url,
          { ...call, token: wardA.clients[seat].accessToken },
          document,
          named,
        );
        calls += 1;
        const problem = [403, 404].includes(answer.status)
          ? errorShapeProblem(answer)
          : `answered ${answer.status} ${answer.text.slice(0, 200)}`;
        if (problem) holes.push(`${operation.key} as ${seat} of ward A on ward B's objects: ${problem}`);
      }
    }
    expect(holes).toEqual([]);
    expect(calls).toBeGreaterThanOrEqual(seats.length * 4);
    expect(await wardRows(testApp.dataSource, wardB.fixture.ward.id)).toEqual(before);
  });

  it('answers 400 (413 when too large) in the one error shape to a malformed id or body on every route, writing nothing', async () => {
    const admin = wardA.clients.admin.accessToken;
    // City-level routes turn a ward admin away before reading anything (403): they are walked as
    // ward A's admin made a city-level admin too, so that their ids and bodies are checked.
    const cityAdmin = await asCityAdmin(testApp, wardA);
    const tokenFor = (operation: ApiOperation) => (operation.key.includes(' /api/city/') ? cityAdmin : admin);
    const before = await allRows(testApp.dataSource);
    const holes: string[] = [];
    const expectRefusal = (what: string, answer: RouteAnswer, status = 400) => {
      const problem = answer.status === status ? errorShapeProblem(answer) : `answered ${answer.status}`;
      if (problem) holes.push(`${what}: ${problem} ${answer.text.slice(0, 200)}`);
    };
    for (const operation of operations.filter((entry) => !isPublic(entry))) {
      const named = namedValuesOf(wardA, operation);
      const call = {
        ...sampleCall(operation, document, named, pathValuesOf(operation, named)),
        token: tokenFor(operation),
      };
      for (const param of operation.pathParams) {
        const path = { ...call.path, [param]: MALFORMED_ID };
        expectRefusal(
          `${operation.key} with {${param}} = ${MALFORMED_ID}`,
          await send(testApp.url, { ...call, path }, document, named),
        );
      }
      for (const [what, body, status] of malformedBodies(operation, call.body)) {
        expectRefusal(
          `${operation.key} with ${what}`,
          await send(testApp.url, { ...call, body }, document, named),
          status,
        );
      }
    }
    expect(holes).toEqual([]);
    expect(await allRows(testApp.dataSource)).toEqual(before);
  });

  it("joins no room of ward B over the socket, and hears nothing of ward B's changes", async () => {
    const known = gatewayMessages(testApp.app);
    expect(known.filter((message) => !(message in SOCKET_MESSAGES))).toEqual([]);

    const named = namedValuesOf(wardB);
    const payload = Object.fromEntries(Object.keys(ID_OF_FIELD).map((field) => [field, named(field)]));
    const heard = new Map<Seat, string[]>();
    const sockets = new Map<Seat, BoardWatcher>();
    const holes: string[] = [];
    try {
      for (const seat of seats) {
        const watcher = await BoardWatcher.connect(testApp.url, wardA.clients[seat].accessToken);
        sockets.set(seat, watcher);
        heard.set(seat, []);
        watcher.socket.onAny((event: string, ...args: unknown[]) =>
          heard.get(seat)?.push(`${event} ${JSON.stringify(args)}`),
        );
        for (const [message, expected] of Object.entries(SOCKET_MESSAGES)) {
          const emit = watcher.socket.emit.bind(watcher.socket) as (...args: unknown[]) => void;
          if (expected === 'sends no answer') {
            emit(message, payload);
            continue;
          }
          const answer = await new Promise<{ ok?: boolean }>((resolve) => emit(message, payload, resolve));
          if (expected === 'refused' && answer?.ok !== false)
            holes.push(`${message} as ${seat} of ward A with ward B's ids: ${JSON.stringify(answer)}`);
        }
      }

      // Ward B moves a card while ward A's sockets hold whatever rooms those messages gave them.
      const watcherB = await BoardWatcher.connect(testApp.url, wardB.clients.leadStaff.accessToken);
      try {
        expect((await watcherB.join(wardB.fixture.plan.id)).ok).toBe(true);
        const moved = await wardB.clients.leadStaff.post(API.transitions(wardB.fixture.tasks[1].id), {
          event: 'SUBMIT',
          expectedVersion: 1,
          payload: { deliverableRef: 'KH-01.pdf' },
        });
        expect(moved.status).toBe(200);
        await watcherB.waitFor(1);
      } finally {
        watcherB.close();
      }
      // One round trip per socket after ward B's message went out: anything sent to it came first.
      for (const watcher of sockets.values())
        expect((await watcher.join(wardA.fixture.plan.id)).ok).toBe(true);
    } finally {
      for (const watcher of sockets.values()) watcher.close();
    }
    const markers = markersOf(wardB);
    for (const [seat, messages] of heard) {
      for (const message of messages.filter((text) => markers.some((marker) => text.includes(marker)))) {
        holes.push(`${seat} of ward A heard ward B: ${message.slice(0, 200)}`);
      }
    }
    expect(holes).toEqual([]);
  });

  // Last: a scoped route may be a logout, after which the seat's token is spent.
  it('shows no seat of ward A anything of ward B on routes scoped to the caller, writing nothing to B', async () => {
    const before = await wardRows(testApp.dataSource, wardB.fixture.ward.id);
    const markers = markersOf(wardB);
    const holes: string[] = [];
    for (const operation of operations.filter((entry) => !isPublic(entry) && !entry.pathParams.length)) {
      const named = namedValuesOf(wardB, operation);
      const call = sampleCall(operation, document, named, {});
      for (const seat of seats) {
        const answer = await send(
          testApp.url,
          { ...call, token: wardA.clients[seat].accessToken },
          document,
          named,
        );
        const leaked = markers.filter((marker) => answer.text.includes(marker));
        if (answer.status >= 500) holes.push(`${operation.key} as ${seat}: answered ${answer.status}`);
        else if (leaked.length)
          holes.push(`${operation.key} as ${seat} of ward A shows ward B's ${leaked.join(', ')}`);
        else if (answer.status >= 400) {
          const problem = errorShapeProblem(answer);
          if (problem) holes.push(`${operation.key} as ${seat}: ${problem}`);
        }
      }
    }
    expect(holes).toEqual([]);
    expect(await wardRows(testApp.dataSource, wardB.fixture.ward.id)).toEqual(before);
  });
});

/** Bodies a careless or hostile client sends instead of the sample, with the status each must get. */
function malformedBodies(operation: ApiOperation, sample: unknown): [string, unknown, number][] {
  const contentType = operation.body?.contentType;
  if (!contentType) return [];
  if (contentType === 'application/json') {
    const fields = typeof sample === 'object' && sample !== null ? (sample as Record<string, unknown>) : {};
    const wrongTypes = Object.fromEntries(
      Object.keys(fields).map((key) => [key, typeof fields[key] === 'number' ? 'x' : 12]),
    );
    return [
      ['a body that is not JSON', '{"event": "SUBMIT", ', 400],
      ['an unknown field', { ...fields, unexpected: true }, 400],
      ...(Object.keys(fields).length
        ? [['every field of the wrong type', wrongTypes, 400] as [string, unknown, number]]
        : []),
      [
        'a body over its route’s limit',
        { ...fields, comment: 'x'.repeat(bodyLimitOf(operation) + 1024) },
        413,
      ],
    ];
  }
  if (contentType.startsWith('multipart/')) return [['an empty form', {}, 400]];
  return [['an empty body', '', 400]];
}

/** The JSON limit a route reads its body with: a corrected plan may be far larger than any other body. */
function bodyLimitOf(operation: ApiOperation): number {
  return operation.path.startsWith(IMPORT_ROUTES) ? IMPORT_JSON_BODY_LIMIT_BYTES : JSON_BODY_LIMIT_BYTES;
}
