/**
 * The fair limit of a transition API: a bare Node `http` server, in a process of its own as the
 * app is, that does per request only what no transition can skip — verify the bearer JWT (HS256,
 * the same secret and key object as the app), parse the JSON body, and in one transaction run the
 * versioned UPDATE of the task and the INSERT of its event — and answers with the new version.
 *
 *   forked by bench/api-transitions.bench.ts; not run by hand
 *   argv: <sqlite data dir | postgres url> <jwt secret>
 */
import { verify } from 'jsonwebtoken';
import { createSecretKey } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type BenchDb, openPostgres, openSqlite } from './bench-db';

export type BareEndpointCommand = { type: 'close' };
export type BareEndpointReply = { type: 'listening'; port: number } | { type: 'closed' };

const [target, secret] = process.argv.slice(2);
const db: BenchDb = target.startsWith('postgres') ? openPostgres(target) : openSqlite(target);
const key = createSecretKey(Buffer.from(secret, 'utf8'));
const PATH = /^\/api\/tasks\/([0-9a-f-]{36})\/transitions$/;
const reply = (message: BareEndpointReply) => process.send?.(message);

function answer(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

async function bodyOf(request: IncomingMessage): Promise<{ event: string; expectedVersion: number }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function move(
  taskId: string,
  userId: string,
  event: string,
  expectedVersion: number,
): Promise<boolean> {
  let moved = false;
  const at = new Date().toISOString();
  await db.transaction(async (tx) => {
    const rows = await tx.all<{ version: number }>(
      'UPDATE task SET version = version + 1, updated_at = ? WHERE id = ? AND version = ? RETURNING version',
      [at, taskId, expectedVersion],
    );
    if (rows.length !== 1) return;
    await tx.run(
      `INSERT INTO task_event (ward_id, plan_id, task_id, actor_id, actor_name, actor_unit_id, actor_role, event, from_state, to_state, version, comment, payload, at)
       SELECT ward_id, plan_id, id, ?, 'bench', NULL, NULL, ?, state, state, version, NULL, NULL, ? FROM task WHERE id = ?`,
      [userId, event, at, taskId],
    );
    moved = true;
  });
  return moved;
}

const http = createServer((request, response) => {
  void (async () => {
    const taskId = PATH.exec(request.url ?? '')?.[1];
    if (request.method !== 'POST' || !taskId) return answer(response, 404, { code: 'NOT_FOUND' });
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    let userId: string;
    try {
      userId = (verify(token ?? '', key, { algorithms: ['HS256'] }) as { sub: string }).sub;
    } catch {
      return answer(response, 401, { code: 'UNAUTHENTICATED' });
    }
    const body = await bodyOf(request);
    const moved = await move(taskId, userId, body.event, body.expectedVersion);
    answer(
      response,
      moved ? 200 : 409,
      moved ? { version: body.expectedVersion + 1 } : { code: 'VERSION_CONFLICT' },
    );
  })().catch((error: unknown) => answer(response, 500, { message: String(error) }));
});

process.on('message', (command: BareEndpointCommand) => {
  if (command.type !== 'close') return;
  http.close(() => {
    void db.close().then(() => {
      reply({ type: 'closed' });
      process.disconnect?.();
    });
  });
});

http.listen(0, '127.0.0.1', () => reply({ type: 'listening', port: (http.address() as AddressInfo).port }));
