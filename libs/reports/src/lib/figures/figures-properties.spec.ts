import fc from 'fast-check';
import { administeredTaskPlan, instant, taskPlan, wardOf } from '../testing/random-wards';
import { eventsByTask, figuresAsOf, REPORT_CATEGORIES } from './figures-as-of';
import { rowAsOf } from './folded-task';
import { LogCursor } from './log-fold';

describe('figures as of an instant, for random histories walked through the real machines', () => {
  const reached = new Set<string>();

  it('equal the figures of the log cut at that instant and replayed through the workflows', () => {
    fc.assert(
      fc.property(
        fc.array(taskPlan, { minLength: 1, maxLength: 6 }),
        fc.array(instant, { minLength: 1, maxLength: 4 }),
        (plans, instants) => {
          const ward = wardOf(plans);
          for (const event of ward.events) reached.add(event.toState);
          for (const at of instants) {
            const upToThen = ward.events.filter((event) => Date.parse(event.at) <= Date.parse(at));
            expect(figuresAsOf(ward.tasks, ward.events, at)).toEqual(
              figuresAsOf(ward.tasks, upToThen, at, { fold: 'replay' }),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
    // The walks must get somewhere, or the equality above says little.
    expect([...reached]).toEqual(expect.arrayContaining(['submitted', 'returned', 'approved', 'cancelled']));
  });

  it('sort every task that existed then, and was not a parent of one that did, into one of the four or cancelled', () => {
    fc.assert(
      fc.property(fc.array(taskPlan, { minLength: 1, maxLength: 8 }), instant, (plans, at) => {
        const ward = wardOf(plans);
        const existing = ward.tasks.filter((task) => Date.parse(task.createdAt) <= Date.parse(at));
        const leaves = existing.filter((task) => !existing.some((other) => other.parentId === task.id));
        const { overall, byPlan, byUnit, bySection, byType, standings } = figuresAsOf(
          ward.tasks,
          ward.events,
          at,
        );
        const four = REPORT_CATEGORIES.reduce((sum, category) => sum + overall[category], 0);
        expect(four).toBe(overall.total);
        expect(overall.total + overall.cancelled).toBe(leaves.length);
        expect(overall.cancelled).toBe(
          standings.filter((standing) => standing.column === 'cancelled').length,
        );
        for (const rows of [byPlan, byUnit, bySection, byType]) {
          expect(rows.reduce((sum, row) => sum + row.counts.total, 0)).toBe(overall.total);
          expect(rows.reduce((sum, row) => sum + row.counts.cancelled, 0)).toBe(overall.cancelled);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('read the type and lead each task had at ascending instants, as the row read back from the log says', () => {
    fc.assert(
      fc.property(
        fc.array(administeredTaskPlan, { minLength: 1, maxLength: 6 }),
        fc.array(instant, { minLength: 1, maxLength: 6 }),
        (plans, instants) => {
          const ward = wardOf(plans);
          const logs = eventsByTask(ward.events);
          const ascending = instants.map(Date.parse).sort((a, b) => a - b);
          for (const task of ward.tasks) {
            const log = logs.get(task.id) ?? [];
            const cursor = new LogCursor(task, log);
            for (const at of ascending) {
              const { type, leadUnitId } = cursor.at(at);
              expect({ type, leadUnitId }).toEqual(rowAsOf(task, log, at));
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
