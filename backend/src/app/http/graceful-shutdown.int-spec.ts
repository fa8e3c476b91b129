import { API, type LoginResponse } from '@dondoc/contracts';
import { freePort, WORKSPACE_ROOT } from '@dondoc/test-support';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DataSource } from 'typeorm';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, FIXTURE_PASSWORD } from '../../testing/fixtures';
import { BoardWatcher } from '../../testing/socket-client';
import { freshDatabase, type TestDatabase } from '../../testing/test-app';
import { loadEnv } from '../config/env';
import { dataSourceOptions } from '../schema/data-source-options';

const MAIN_JS = join(WORKSPACE_ROOT, 'dist/backend/main.js');
const skip = !existsSync(MAIN_JS);
if (skip)
  console.warn(`\n*** SKIPPING the graceful shutdown test: ${MAIN_JS} is missing (npx nx build backend)\n`);

type LogLine = Record<string, unknown>;

/** The built app's standard output, line by line, each parsed as JSON when it is. */
class ProcessOutput {
  readonly lines: string[] = [];
  private waiters: { matches: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  private exited: Error | null = null;

  constructor(child: ChildProcess) {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      this.lines.push(line);
      const parsed = parse(line);
      if (parsed)
        this.waiters = this.waiters.filter(
          (waiter) => !(waiter.matches(parsed) && (waiter.resolve(parsed), true)),
        );
    });
    child.once('exit', (code) => {
      this.exited = new Error(`the app exited (${code}) first; its output:\n${this.lines.join('\n')}`);
    });
  }

  json(): LogLine[] {
    return this.lines.map(parse).filter((line): line is LogLine => line !== null);
  }

  /** The first JSON line matching, once it is written. */
  next(matches: (line: LogLine) => boolean): Promise<LogLine> {
    const written = this.json().find(matches);
    if (written) return Promise.resolve(written);
    if (this.exited) return Promise.reject(this.exited);
    return new Promise((resolve) => this.waiters.push({ matches, resolve }));
  }
}

function parse(line: string): LogLine | null {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null ? (value as LogLine) : null;
  } catch {
    return null;
  }
}

const messageIncludes = (text: string) => (line: LogLine) => String(line['msg'] ?? '').includes(text);

(skip ? describe.skip : describe)('graceful shutdown of the built app', () => {
  describeEachDatabase('on SIGTERM', (kind) => {
    let database: TestDatabase;
    let child: ChildProcess;
    let output: ProcessOutput;
    let url: string;

    beforeAll(async () => {
      database = await freshDatabase(kind);
      const port = await freePort();
      url = `http://127.0.0.1:${port}`;
      child = spawn(process.execPath, [MAIN_JS], {
        cwd: WORKSPACE_ROOT,
        env: {
          ...process.env,
          ...database.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          JWT_SECRET: 'graceful-shutdown-secret-0123456789',
          SEED_DEMO_DATA: 'false',
          SCHEDULER_ENABLED: 'false',
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      output = new ProcessOutput(child);
      await output.next(messageIncludes('is listening'));
    });

    afterAll(async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await database.drop();
    });

    it('stops accepting, lets the request in flight finish, closes the sockets and exits 0, logging JSON', async () => {
      const setup = new DataSource(dataSourceOptions(loadEnv(database.env)));
      await setup.initialize();
      const fixture = await createFixture(setup);
      await setup.destroy();
      const lead = await ApiClient.login(url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
      const watcher = await BoardWatcher.connect(url, lead.accessToken);
      expect((await watcher.join(fixture.plan.id)).ok).toBe(true);
      const socketClosed = new Promise<string>((resolve) => watcher.socket.once('disconnect', resolve));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

      // A login whose body is still on its way when SIGTERM arrives: the server has its headers.
      const body = JSON.stringify({ username: fixture.users.leadStaff.username, password: FIXTURE_PASSWORD });
      const slow = request(`${url}${API.login}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-request-id': 'slow-login-0001',
          expect: '100-continue',
        },
      });
      const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
        slow.once('response', (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.once('end', () => resolve({ status: response.statusCode ?? 0, text }));
        });
        slow.once('error', reject);
      });
      await new Promise<void>((resolve) => slow.once('continue', () => resolve()));

      child.kill('SIGTERM');
      const draining = await output.next(messageIncludes('request(s) in flight'));
      expect(draining['msg']).toContain('waiting for 1 request(s) in flight');
      await expect(fetch(`${url}/api/health`)).rejects.toThrow();

      slow.end(body);
      const answer = await answered;
      expect(answer.status).toBe(200);
      expect((JSON.parse(answer.text) as LoginResponse).accessToken).toEqual(expect.any(String));
      expect(await socketClosed).toEqual(expect.any(String));
      expect(await exited).toBe(0);

      expect(output.json()).toContainEqual(
        expect.objectContaining({
          reqId: 'slow-login-0001',
          method: 'POST',
          route: '/api/auth/login',
          status: 200,
          duration: expect.any(Number),
        }),
      );
      expect(output.json()).toContainEqual(
        expect.objectContaining({ msg: expect.stringContaining('drained') }),
      );
      // Nest's own lines went through the JSON logger too, none as plain text.
      expect(output.lines.filter((line) => line.includes('[Nest]'))).toEqual([]);
      expect(output.json()).toContainEqual(expect.objectContaining({ context: 'NestApplication' }));
    });
  });
});
