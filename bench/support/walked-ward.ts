/**
 * A ward for the in-memory benchmarks of the report figures and charts: random walks through the
 * real machines (decide), the same walks the property tests of the figures make
 * (@dondoc/reports/testing), cloned onto many tasks and shifted in time, so every log is one the
 * machines accept. Seeded: every run builds the same ward.
 */
import { addDays } from '@dondoc/deadlines';
import { TASK_TYPES, type TaskType } from '@dondoc/domain';
import type { ReportEvent, ReportTask } from '@dondoc/reports';
import { DETOUR_MOVES, reportTask, type WalkAttempt, walkHistory } from '@dondoc/reports/testing';

const TEMPLATES = 200;
const UNITS = ['vhxh', 'ktht', 'pvhcc', 'dvsnc', 'ca', 'qs', 'vp', 'tp', 'yt'].map((code) => `unit-${code}`);
const SECTIONS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];

/** A small seeded generator, so every run builds the same ward. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(2026);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

interface Template {
  type: TaskType;
  events: ReportEvent[];
}

/** Random walks through the real machines from 5/1/2026 (the property tests' walks), a day or so between attempts. */
function templates(): Template[] {
  return Array.from({ length: TEMPLATES }, (_, index) => {
    const type = TASK_TYPES[index % TASK_TYPES.length];
    const attempts: WalkAttempt[] = Array.from({ length: 12 }, () => ({
      move: random() < 0.85 ? Math.floor(random() * 1_000) : pick(DETOUR_MOVES),
      gapHours: Math.floor(random() * 72 + 6),
      newDueDays: 45,
    }));
    return { type, events: walkHistory('template', type, '2026-01-05T02:00:00.000Z', attempts) };
  });
}

/** A ward of `count` tasks over 20 plans; one task in 100 is a fan-out parent of the next nine. */
export function walkedWard(count: number): { tasks: ReportTask[]; events: ReportEvent[] } {
  const shapes = templates();
  const tasks: ReportTask[] = [];
  const events: ReportEvent[] = [];
  for (let index = 0; index < count; index++) {
    const id = `task-${index}`;
    const shape = pick(shapes);
    const shiftDays = Math.floor(random() * 200);
    const shiftMs = shiftDays * 86_400_000;
    const block = index - (index % 100);
    tasks.push(
      reportTask({
        id,
        type: shape.type,
        planId: `plan-${index % 20}`,
        sectionKey: pick(SECTIONS),
        leadUnitId: pick(UNITS),
        parentId: index % 100 >= 1 && index % 100 <= 9 ? `task-${block}` : null,
        createdAt: new Date(Date.parse('2026-01-05T01:00:00.000Z') + shiftMs).toISOString(),
        due: addDays('2026-02-01', Math.floor(random() * 300)),
      }),
    );
    for (const event of shape.events) {
      // An extension asks for a day after its request: it moves with the log.
      const newDue = event.payload?.['newDue'];
      const payload =
        typeof newDue === 'string' ? { ...event.payload, newDue: addDays(newDue, shiftDays) } : event.payload;
      events.push({
        ...event,
        taskId: id,
        payload,
        at: new Date(Date.parse(event.at) + shiftMs).toISOString(),
      });
    }
  }
  return { tasks, events };
}
