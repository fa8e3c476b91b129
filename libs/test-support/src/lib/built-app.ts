import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

export interface BuiltApp {
  url: string;
  port: number;
  process: ChildProcess;
  dataDir: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/**
 * The built backend (dist/backend/main.js) serving the built frontend, as `npm start` runs it
 * (with its heap size):
 * by default on a fresh SQLite in a temporary folder with the real seed plans loaded.
 */
export async function startBuiltApp(extraEnv: Record<string, string> = {}): Promise<BuiltApp> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'dondoc-app-'));
  // A profiler or heap flag for the app alone (NODE_OPTIONS refuses --cpu-prof).
  const extraArgs = process.env['BUILT_APP_NODE_ARGS']?.split(' ').filter(Boolean) ?? [];
  const child = spawn(
    process.execPath,
    [
      // Without --enable-source-maps, as every start of the backend (see tools/backend-node-args.mjs);
      // BUILT_APP_NODE_ARGS=--enable-source-maps maps a failing run's stack traces to the sources.
      ...heapArgs(extraArgs, extraEnv['NODE_OPTIONS'] ?? process.env['NODE_OPTIONS']),
      ...extraArgs,
      join(WORKSPACE_ROOT, 'dist/backend/main.js'),
    ],
    {
      cwd: WORKSPACE_ROOT,
      env: {
        // Journeys about moves submit with a written reference; the deliverables journey sets `true`.
        DELIVERABLE_FILES_REQUIRED: 'false',
        // As npm start sets them (malloc arenas), unless this environment says otherwise.
        ...startSettingsOf().env,
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        FRONTEND_DIST: join(WORKSPACE_ROOT, 'dist/frontend/browser'),
        LOG_LEVEL: 'warn',
        ...extraEnv,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child);
  return {
    url,
    port,
    process: child,
    dataDir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(killer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** What `npm start` runs the backend with (tools/backend-node-args.mjs), asked once. */
let startSettings: { args: string[]; env: Record<string, string> } | undefined;

function startSettingsOf(): { args: string[]; env: Record<string, string> } {
  startSettings ??= JSON.parse(
    execFileSync(process.execPath, [join(WORKSPACE_ROOT, 'tools/backend-node-args.mjs'), '--json'], {
      encoding: 'utf8',
    }),
  ) as { args: string[]; env: Record<string, string> };
  return startSettings;
}

/**
 * The heap `npm start` gives the backend, but for the flags the caller sets itself: a flag on the
 * command line would override the same one in NODE_OPTIONS.
 */
function heapArgs(extraArgs: readonly string[], nodeOptions: string | undefined): string[] {
  const callers = `${extraArgs.join(' ')} ${nodeOptions ?? ''}`;
  return startSettingsOf().args.filter((arg) => !callers.includes(arg.slice(0, arg.indexOf('='))));
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null)
      throw new Error(`the backend exited with code ${child.exitCode} before answering`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the backend did not answer ${url}/api/health within 60 s`);
}
