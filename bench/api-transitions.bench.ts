/**
 * Transitions per second through the HTTP API with 16 concurrent clients, on SQLite and on
 * PostgreSQL, against two baselines from the same run: a bare HTTP endpoint that verifies the
 * same JWT, parses the same body and runs the versioned update plus the event insert in one
 * transaction (the fair limit of an HTTP API: bench/support/bare-endpoint.ts), and the same two
 * statements straight through the database driver with no HTTP at all.
 *
 *   npx nx build backend && npx tsx bench/api-transitions.bench.ts [tasks=600] [sqlite|postgres]
 */
import { API, type BoardDto } from '@dondoc/contracts';
import { DemoApi } from '@dondoc/test-support';
import { randomUUID } from 'node:crypto';
import type {
  BareEndpointCommand as EndpointCommand,
  BareEndpointReply as EndpointReply,
} from './support/bare-endpoint';
import { withBenchApp } from './support/bench-app';
import type { BenchDb } from './support/bench-db';
import { Forked } from './support/forked';
import { cpuSecondsDuring } from './support/process-cpu';
import { printTable, throughput } from './support/stats';

const TASKS = Number(process.argv[2] ?? 600);
const DATABASES = process.argv[3]
  ? [process.argv[3] as 'sqlite' | 'postgres']
  : (['sqlite', 'postgres'] as const);
const CLIENTS = 16;
/** Handed to the app and to the bare endpoint, which verify the same tokens. */
const JWT_SECRET = `bench-${randomUUID()}-${randomUUID()}`;

type Row = {
  database: string;
  'API transitions/s': number;
  'bare endpoint/s': number;
  'API ÷ bare endpoint': string;
  'Nest + TypeORM floor/s': number;
  'floor ÷ bare endpoint': string;
  'driver transactions/s': number;
  'API ÷ driver': string;
  'API CPU ms/move': string;
  'bare CPU ms/move': string;
  'floor CPU ms/move': string;
};

/** Moves per second, and the CPU milliseconds the serving process spent on each move. */
interface Rate {
  perSecond: number;
  cpuMsPerMove: number;
}

type Signed = Awaited<ReturnType<typeof DemoApi.as>>;

/** Clones one draft document task of the demo plan `count` times, straight into the database. */
async function cloneDraftTasks(
  db: BenchDb,
  template: BoardDto['cards'][number],
  count: number,
): Promise<string[]> {
  const ids: string[] = [];
  const columns =
    'ward_id, plan_id, parent_id, section_key, position, level, content, lead_unit_id, needs_primary_lead, lead_text, cooperator_text, deliverable, deliverable_kind, deadline_text, deadline, due, budget_text, type, state, board_column, context, machine_version, version, created_at, updated_at';
  await db.transaction(async (tx) => {
    for (let index = 0; index < count; index++) {
      const id = randomUUID();
      ids.push(id);
      await tx.run(`INSERT INTO task (id, ref, ${columns}) SELECT ?, ?, ${columns} FROM task WHERE id = ?`, [
        id,
        `bench-${index}`,
        template.id,
      ]);
      await tx.run(
        `INSERT INTO task_unit (task_id, unit_id, role, ward_id) SELECT ?, unit_id, role, ward_id FROM task_unit WHERE task_id = ?`,
        [id, template.id],
      );
    }
  });
  return ids;
}

/** Three moves of each task, by the lead, the reviewer and the approver, 16 lanes at a time. */
async function moveRate(
  [lead, reviewer, approver]: Signed[],
  taskIds: string[],
  servingPid: number,
): Promise<Rate> {
  const steps = [
    { api: lead, body: { event: 'SUBMIT', payload: { deliverableRef: 'bench.docx' } } },
    { api: reviewer, body: { event: 'REVIEW' } },
    { api: approver, body: { event: 'APPROVE', payload: { issuedNumber: '1/KH', issuedOn: '2026-03-02' } } },
  ];
  // A lane walks one task through its three steps in order; lanes run in parallel.
  let tasksPerSecond = 0;
  const cpuSeconds = await cpuSecondsDuring(servingPid, async () => {
    tasksPerSecond = await throughput(taskIds.length, CLIENTS, async (index) => {
      for (const [step, { api, body }] of steps.entries()) {
        const answer = await api.post(API.transitions(taskIds[index]), {
          ...body,
          expectedVersion: step + 1,
        });
        if (answer.status !== 200)
          throw new Error(`${body.event} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      }
    });
  });
  const moves = taskIds.length * steps.length;
  return { perSecond: tasksPerSecond * steps.length, cpuMsPerMove: (cpuSeconds * 1000) / moves };
}

/**
 * A baseline endpoint (bench/support/<script>) in a process of its own, on the same database,
 * answering the same requests.
 */
async function baselineRate(
  script: 'bare-endpoint.ts' | 'framework-endpoint.ts',
  signed: Signed[],
  location: string,
  taskIds: string[],
): Promise<Rate> {
  const server = Forked.start<EndpointCommand, EndpointReply>(script, [location, JWT_SECRET]);
  try {
    const { port } = await server.next('listening');
    return await moveRate(
      signed.map((api) => api.at(`http://127.0.0.1:${port}`)),
      taskIds,
      server.pid,
    );
  } finally {
    server.send({ type: 'close' });
    await server.next('closed').catch(() => undefined);
    await server.stop();
  }
}

/** The same work per transition as the API's hot path, minus HTTP, auth, validation and the machine. */
async function driverRate(db: BenchDb, taskIds: string[]): Promise<number> {
  const total = taskIds.length * 3;
  return throughput(total, CLIENTS, async (index) => {
    const taskId = taskIds[index % taskIds.length];
    await db.transaction(async (tx) => {
      const [task] = await tx.all<{ version: number; ward_id: string; plan_id: string; state: string }>(
        'SELECT version, ward_id, plan_id, state FROM task WHERE id = ?',
        [taskId],
      );
      await tx.run('UPDATE task SET state = ?, version = ?, updated_at = ? WHERE id = ? AND version = ?', [
        task.state,
        task.version + 1,
        new Date().toISOString(),
        taskId,
        task.version,
      ]);
      await tx.run(
        'INSERT INTO task_event (ward_id, plan_id, task_id, actor_id, actor_name, actor_unit_id, actor_role, event, from_state, to_state, version, comment, payload, at) VALUES (?, ?, ?, NULL, ?, NULL, NULL, ?, ?, ?, ?, NULL, NULL, ?)',
        [
          task.ward_id,
          task.plan_id,
          taskId,
          'bench',
          'BENCH',
          task.state,
          task.state,
          task.version + 1,
          new Date().toISOString(),
        ],
      );
    });
  });
}

async function measure(kind: 'sqlite' | 'postgres'): Promise<Row> {
  return withBenchApp(
    kind,
    async (app, db, location) => {
      const lead = await DemoApi.as(app.url, 'hd.pvhcc.staff');
      const plan = (await lead.plans())[0];
      const template = (await lead.board(plan.id)).cards.find(
        (card) =>
          card.type === 'document' &&
          card.column === 'draft' &&
          card.leadUnitCode === 'PVHCC' &&
          card.childCount === 0,
      );
      if (!template) throw new Error('no draft PVHCC document task to clone');
      const signed = await Promise.all(
        ['hd.pvhcc.staff', 'hd.reviewer', 'hd.approver'].map((username) => DemoApi.as(app.url, username)),
      );
      const apiTasks = await cloneDraftTasks(db, template, TASKS);
      const bareTasks = await cloneDraftTasks(db, template, TASKS);
      const frameworkTasks = await cloneDraftTasks(db, template, TASKS);
      const api = await moveRate(signed, apiTasks, app.process.pid as number);
      const bare = await baselineRate('bare-endpoint.ts', signed, location, bareTasks);
      const framework = await baselineRate('framework-endpoint.ts', signed, location, frameworkTasks);
      const driver = await driverRate(db, apiTasks);
      const ratio = (part: number, whole: number) => `${((part / whole) * 100).toFixed(0)} %`;
      return {
        database: kind,
        'API transitions/s': Math.round(api.perSecond),
        'bare endpoint/s': Math.round(bare.perSecond),
        'API ÷ bare endpoint': ratio(api.perSecond, bare.perSecond),
        'Nest + TypeORM floor/s': Math.round(framework.perSecond),
        'floor ÷ bare endpoint': ratio(framework.perSecond, bare.perSecond),
        'driver transactions/s': Math.round(driver),
        'API ÷ driver': ratio(api.perSecond, driver),
        'API CPU ms/move': api.cpuMsPerMove.toFixed(2),
        'bare CPU ms/move': bare.cpuMsPerMove.toFixed(2),
        'floor CPU ms/move': framework.cpuMsPerMove.toFixed(2),
      };
    },
    { JWT_SECRET },
  );
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const kind of DATABASES) rows.push(await measure(kind));
  printTable(
    `Transitions, ${CLIENTS} concurrent clients, ${TASKS} tasks × 3 moves (baselines from the same run: a bare HTTP endpoint, the same work on NestJS + TypeORM, the driver)`,
    rows,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
