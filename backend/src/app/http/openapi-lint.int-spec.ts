import { WORKSPACE_ROOT } from '@dondoc/test-support';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { testDatabases } from '../../testing/test-databases';

const REDOCLY = join(WORKSPACE_ROOT, 'node_modules/@redocly/cli/bin/cli.js');
const CONFIG = join(WORKSPACE_ROOT, 'redocly.yaml');
const ERROR_SCHEMA = '#/components/schemas/ApiErrorResponse';

/**
 * The linter's findings this suite accepts, each with why. Everything else fails it.
 * operation-4xx-response asks every operation to document a refusal; these three have none:
 * liveness and readiness answer without credentials and take no input, and logout answers 204
 * even without a session (an unknown refresh cookie is already signed out).
 */
const ALLOWED = [
  'warn operation-4xx-response at #/paths/~1api~1health/get/responses',
  'warn operation-4xx-response at #/paths/~1api~1ready/get/responses',
  'warn operation-4xx-response at #/paths/~1api~1auth~1logout/post/responses',
];

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer: string }[];
}

interface LintReport {
  problems: LintProblem[];
}

interface MediaType {
  schema?: { $ref?: string; type?: string };
}

interface Operation {
  security?: Record<string, string[]>[];
  responses: Record<string, { description: string; content?: Record<string, MediaType> }>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
}

/** Redocly's own linter, run as its command line runs it. */
async function lint(documentPath: string): Promise<LintReport> {
  const args = [
    REDOCLY,
    'lint',
    documentPath,
    '--config',
    CONFIG,
    '--format',
    'json',
    '--max-problems',
    '10000',
  ];
  const run = await promisify(execFile)(process.execPath, args, {
    cwd: WORKSPACE_ROOT,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  }).catch((failure: { stdout?: string; stderr?: string }) => {
    // Exit code 1 means "problems found": the report on standard output says which.
    if (!failure.stdout) throw new Error(`redocly did not run: ${failure.stderr ?? String(failure)}`);
    return { stdout: failure.stdout };
  });
  return JSON.parse(run.stdout) as LintReport;
}

function operationsOf(document: OpenApiDocument): [string, Operation][] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]): [string, Operation] => [
      `${method.toUpperCase()} ${path}`,
      operation,
    ]),
  );
}

/**
 * The document at /api/docs-json passes an independent OpenAPI linter with its recommended rules
 * (redocly.yaml at the root says which rule is off and why), and documents every answer with its
 * body, which the linter does not ask. The document does not depend on the database, so one run of
 * the integration tier checks it once, on the first database of the run.
 */
describe('the OpenAPI document', () => {
  let testApp: TestApp;
  let document: OpenApiDocument;
  let text: string;
  const folder = mkdtempSync(join(tmpdir(), 'dondoc-openapi-'));

  beforeAll(async () => {
    testApp = await startTestApp(testDatabases()[0] ?? 'sqlite');
    const response = await fetch(`${testApp.url}/api/docs-json`);
    expect(response.status).toBe(200);
    text = await response.text();
    document = JSON.parse(text) as OpenApiDocument;
  });

  afterAll(async () => {
    await testApp.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('passes redocly lint with its recommended rules: no error, and only the warnings allowed above', async () => {
    const documentPath = join(folder, 'openapi.json');
    writeFileSync(documentPath, text);
    const report = await lint(documentPath);
    const unexpected = report.problems
      .map((problem) => ({
        key: `${problem.severity} ${problem.ruleId} at ${problem.location[0]?.pointer}`,
        message: problem.message,
      }))
      .filter(({ key }) => !ALLOWED.includes(key))
      .map(({ key, message }) => `${key}: ${message}`);
    expect(unexpected).toEqual([]);
  });

  it('gives every success its body’s schema (or none for 204), and every refusal the error body', () => {
    const missing: string[] = [];
    for (const [name, operation] of operationsOf(document)) {
      const statuses = Object.keys(operation.responses);
      if (!statuses.some((status) => status.startsWith('2'))) missing.push(`${name}: no success answer`);
      for (const [status, response] of Object.entries(operation.responses)) {
        const media = Object.entries(response.content ?? {});
        if (status === '204') {
          if (media.length > 0) missing.push(`${name} ${status}: a body on No Content`);
          continue;
        }
        if (media.length === 0) missing.push(`${name} ${status}: no body schema`);
        for (const [type, { schema }] of media) {
          if (!schema) missing.push(`${name} ${status} ${type}: no schema`);
          else if (Number(status) >= 400 && status !== '503' && schema.$ref !== ERROR_SCHEMA)
            missing.push(`${name} ${status}: not the ApiErrorResponse body`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('names a defined way to authenticate on every operation, or says it takes no credentials', () => {
    const unsecured = operationsOf(document)
      .filter(([, operation]) => !operation.security?.length)
      .map(([name]) => name);
    expect(unsecured).toEqual([]);
    const publicOnes = operationsOf(document)
      .filter(([, operation]) =>
        operation.security?.some((requirement) => Object.keys(requirement).length === 0),
      )
      .map(([name]) => name)
      .sort();
    expect(publicOnes).toEqual([
      'GET /api/health',
      'GET /api/ready',
      'POST /api/auth/login',
      'POST /api/auth/password',
    ]);
  });
});
