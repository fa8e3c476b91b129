import fc from 'fast-check';
import { describeEachDatabase } from '../../testing/each-database';
import type { Seat } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { allRows } from './database-rows';
import { type ApiOperation, type OpenApiDocument, operationsOf } from './openapi-operations';
import { PUBLIC_ROUTES } from './public-routes';
import { errorShapeProblem, type RouteAnswer, sampleCall, send } from './route-request';
import { isMapped, namedValuesOf, pathValuesOf, type WardScene, wardScene } from './ward-scene';

/** Kept modest: the machine is shared, and each run snapshots every table twice. */
const RUNS = 60;

/** Users who may call most routes: the ward's admin and a unit's staff. */
const SEATS: Seat[] = ['admin', 'leadStaff'];

/** The answer of Nest's not-found handler: the route itself does not exist. */
const NO_SUCH_ROUTE = /^Cannot (GET|POST|PUT|PATCH|DELETE) /;

/** A random JSON body, or the route's own sample body with one field replaced by random JSON. */
function bodyFor(sample: unknown): fc.Arbitrary<unknown> {
  const random = fc.jsonValue({ maxDepth: 3 });
  if (typeof sample !== 'object' || sample === null || Array.isArray(sample)) return random;
  const keys = Object.keys(sample);
  const mutated = fc
    .tuple(keys.length ? fc.constantFrom(...keys, 'khoaLa') : fc.constant('khoaLa'), random)
    .map(([key, value]) => ({ ...(sample as Record<string, unknown>), [key]: value }));
  return fc.oneof(random, mutated);
}

function problemOf(answer: RouteAnswer): string | null {
  if (answer.status >= 500) return `answered ${answer.status}`;
  if (answer.status >= 400) {
    const details = (answer.body as { details?: unknown } | null)?.details;
    if (
      answer.status === 404 &&
      Array.isArray(details) &&
      details.some((line) => NO_SUCH_ROUTE.test(String(line)))
    )
      return 'answered 404 for a route the document lists';
    return errorShapeProblem(answer);
  }
  return null;
}

/**
 * Issue #17: random JSON bodies to every route of the OpenAPI document that takes one, as a valid
 * user of the ward: never a 5xx, never "no such route", every refusal in the one error shape and
 * with the database exactly as it was.
 */
describeEachDatabase('random bodies on every route', (kind) => {
  let testApp: TestApp;
  let document: OpenApiDocument;
  let operations: ApiOperation[];
  let ward: WardScene;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    ward = await wardScene(testApp.url, testApp.dataSource);
    document = (await (await fetch(`${testApp.url}/api/docs-json`)).json()) as OpenApiDocument;
    // A route whose parameters name no object of the scene fails the tenancy walk's coverage test.
    operations = operationsOf(document).filter(
      (operation) =>
        operation.method !== 'GET' &&
        !(operation.key in PUBLIC_ROUTES) &&
        operation.pathParams.every((param) => isMapped(operation, param)),
    );
  });

  afterAll(() => testApp.close());

  it('never fails on the server, and a refused request writes nothing', async () => {
    expect(operations.length).toBeGreaterThan(10);
    const calls = fc
      .tuple(fc.constantFrom(...operations), fc.constantFrom(...SEATS))
      .chain(([operation, seat]) => {
        const named = namedValuesOf(ward, operation);
        const sample = sampleCall(operation, document, named, pathValuesOf(operation, named));
        return bodyFor(sample.body).map((body) => ({ operation, seat, named, call: { ...sample, body } }));
      });
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(calls, async ({ operation, seat, named, call }) => {
        seen.add(operation.key);
        const before = await allRows(testApp.dataSource);
        // Multipart routes get the random value as JSON text, as a confused client would send it.
        const body = operation.body?.contentType.startsWith('multipart/')
          ? JSON.stringify(call.body)
          : call.body;
        const answer = await send(
          testApp.url,
          { ...call, body: body === undefined ? null : body, token: ward.clients[seat].accessToken },
          document,
          named,
        );
        const problem = problemOf(answer);
        if (problem) throw new Error(`${operation.key} as ${seat}: ${problem} ${answer.text.slice(0, 300)}`);
        if (answer.status >= 400) expect(await allRows(testApp.dataSource)).toEqual(before);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    expect(seen.size).toBeGreaterThan(5);
  });
});
