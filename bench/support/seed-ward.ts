/**
 * Seeding at scale for the benchmarks: clones of the demo plan's own tasks, written set-based
 * straight through the driver (one INSERT … SELECT per template and table).
 */
import type { BoardDto, CardDto } from '@dondoc/contracts';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { BenchDb } from './bench-db';

type Kind = BenchDb['kind'];

export type SeededLog = 'one' | 'template';

const TASK_COLUMNS =
  'ward_id, parent_id, section_key, position, level, content, lead_unit_id, needs_primary_lead, lead_text, cooperator_text, deliverable, deliverable_kind, deadline_text, deadline, budget_text, type, state, board_column, context, workflow_seed, machine_version, version, created_at, updated_at';

/** Columns a clone does not copy: its own place in the plan, and no parent (clones stand alone). */
const CLONE_VALUES: Record<string, (tag: number) => string> = {
  position: (tag) => `${100_000 * tag} + seq.n`,
  parent_id: () => 'NULL',
};

/** SQL per engine for the generated columns of clone number `n`. */
const dialect = {
  sqlite: {
    id: (tag: number) => `printf('%08x-0000-4000-8000-%012x', ${tag}, seq.n)`,
    due: `date('2026-01-01', '+' || (seq.n % 400) || ' days')`,
    submittedAt: `strftime('%Y-%m-%dT%H:%M:%fZ', '2026-01-01T00:00:00', '+' || seq.n || ' minutes')`,
  },
  postgres: {
    id: (tag: number) => `lpad(to_hex(${tag}), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(seq.n), 12, '0')`,
    due: `to_char(date '2026-01-01' + (seq.n % 400), 'YYYY-MM-DD')`,
    submittedAt: `to_char(timestamp '2026-01-01' + seq.n * interval '1 minute', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  },
} satisfies Record<Kind, unknown>;

/**
 * `count` copies of one demo task into `planId`, each with its own id and no parent, a due date
 * spread over 400 days and, when the template was handed in, its own submission instant; its unit
 * links come along, and one event holding its state or a copy of the template's whole log. Set-based: one INSERT … SELECT per table.
 */
export async function cloneTasks(
  db: BenchDb,
  template: CardDto,
  planId: string,
  count: number,
  tag: number,
  /** 'one': a single event holding the template's state; 'template': a copy of the template's whole log. */
  log: SeededLog = 'one',
): Promise<void> {
  const sql = dialect[db.kind];
  const seq = `WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ${count})`;
  const id = sql.id(tag);
  await db.run(
    `${seq} INSERT INTO task (id, plan_id, ref, due, submitted_at, ${TASK_COLUMNS})
     SELECT ${id}, CAST(? AS varchar(36)), 'bench-${tag}-' || seq.n,
            CASE WHEN tmpl.due IS NULL THEN NULL ELSE ${sql.due} END,
            CASE WHEN tmpl.submitted_at IS NULL THEN NULL ELSE ${sql.submittedAt} END,
            ${TASK_COLUMNS.split(', ')
              .map((column) => CLONE_VALUES[column]?.(tag) ?? `tmpl.${column}`)
              .join(', ')}
     FROM seq CROSS JOIN task tmpl WHERE tmpl.id = ?`,
    [planId, template.id],
  );
  await db.run(
    `${seq} INSERT INTO task_unit (task_id, unit_id, role, ward_id)
     SELECT ${id}, link.unit_id, link.role, link.ward_id FROM seq CROSS JOIN task_unit link WHERE link.task_id = ?`,
    [template.id],
  );
  if (log === 'template') {
    // The template's whole log, event by event, in its order: a fold of the clone meets real moves.
    await db.run(
      `${seq} INSERT INTO task_event (ward_id, plan_id, task_id, actor_id, actor_name, actor_unit_id, actor_role, event, from_state, to_state, version, comment, payload, at)
       SELECT ev.ward_id, CAST(? AS varchar(36)), ${id}, ev.actor_id, ev.actor_name, ev.actor_unit_id, ev.actor_role, ev.event, ev.from_state, ev.to_state, ev.version, ev.comment, ev.payload, ev.at
       FROM seq CROSS JOIN task_event ev WHERE ev.task_id = ? ORDER BY seq.n, ev.id`,
      [planId, template.id],
    );
    return;
  }
  await db.run(
    `${seq} INSERT INTO task_event (ward_id, plan_id, task_id, actor_name, event, from_state, to_state, version, at)
     SELECT tmpl.ward_id, CAST(? AS varchar(36)), ${id}, 'bench', 'BENCH', tmpl.state, tmpl.state, tmpl.version, tmpl.updated_at
     FROM seq CROSS JOIN task tmpl WHERE tmpl.id = ?`,
    [planId, template.id],
  );
}

/** Another plan of the same ward, cloned from the demo plan, to hold the ward's other 90,000 tasks. */
export async function clonePlan(db: BenchDb, planId: string): Promise<string> {
  const id = randomUUID();
  await db.run(
    `INSERT INTO plan (id, ward_id, symbol, title, issued_on, issuer, legal_basis, year, reviewer_unit_id, approver_unit_id, before_date_inclusive, created_at)
     SELECT CAST(? AS varchar(36)), ward_id, 'bench/KH', 'Kế hoạch đo tải', issued_on, issuer, legal_basis, year, reviewer_unit_id, approver_unit_id, before_date_inclusive, created_at
     FROM plan WHERE id = ?`,
    [id, planId],
  );
  return id;
}

/** Leaf tasks of the demo plan, one per column and lead unit: a realistic spread of states. */
export function templatesOf(board: BoardDto): CardDto[] {
  const seen = new Set<string>();
  return board.cards.filter((card) => {
    const key = `${card.column}|${card.leadUnitCode}`;
    if (card.childCount > 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Grows the ward of the demo plan `plan` to `wardTasks` tasks, `planTasks` of them in that plan
 * (the demo plan's own tasks count towards both) and the rest in a second plan of the ward.
 */
export async function seedWard(
  db: BenchDb,
  plan: BoardDto,
  { planTasks, wardTasks, log = 'one' }: { planTasks: number; wardTasks: number; log?: SeededLog },
): Promise<void> {
  const bulkPlanId = await clonePlan(db, plan.plan.id);
  const templates = templatesOf(plan);
  const started = performance.now();
  let tag = 1;
  const spread = async (planId: string, total: number) => {
    for (const [index, template] of templates.entries()) {
      const share = Math.floor(total / templates.length) + (index < total % templates.length ? 1 : 0);
      await cloneTasks(db, template, planId, share, tag++, log);
    }
  };
  const demoTasks = plan.plan.taskCount; // the demo plan's own tasks count towards both
  await spread(plan.plan.id, planTasks - demoTasks);
  await spread(bulkPlanId, wardTasks - planTasks);
  // What autovacuum does after bulk inserts: statistics, and the visibility map index-only scans need.
  if (db.kind === 'postgres') await db.run('VACUUM ANALYZE');
  console.log(
    `seeded ${wardTasks - demoTasks} tasks from ${templates.length} templates in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
