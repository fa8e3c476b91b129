import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { UnitOfWork } from './unit-of-work';

/** SQLite's group commit: shared COMMITs, each unit of work still all or nothing and durable when answered. */
describe('units of work on SQLite share a COMMIT', () => {
  let testApp: TestApp;
  let unitOfWork: UnitOfWork;
  let outsider: Database.Database;
  let commits = 0;

  beforeAll(async () => {
    testApp = await startTestApp('sqlite');
    unitOfWork = testApp.app.get(UnitOfWork);
    await testApp.dataSource.query('CREATE TABLE group_probe (id INTEGER PRIMARY KEY, label TEXT NOT NULL)');
    testApp.dataSource.subscribers.push({
      afterTransactionCommit: (event) => {
        if (!event.queryRunner.isTransactionActive) commits++;
      },
    });
    // A connection of its own sees only what is committed.
    outsider = new Database(join(testApp.database.env['DATA_DIR'], 'dondoc.sqlite'), { readonly: true });
  });

  afterAll(async () => {
    outsider.close();
    await testApp.close();
  });

  const insert = (manager: EntityManager, id: number) =>
    manager.query('INSERT INTO group_probe (id, label) VALUES (?, ?)', [id, `unit ${id}`]);
  const committed = (id: number) =>
    outsider.prepare('SELECT COUNT(*) AS n FROM group_probe WHERE id = ?').get(id) as { n: number };

  it('answers each unit only once its rows are committed, and fewer COMMITs than units', async () => {
    commits = 0;
    const seenAtAnswer: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        unitOfWork
          .run(async (manager) => {
            await insert(manager, 100 + index);
            await insert(manager, 200 + index);
          })
          .then(() => seenAtAnswer.push(committed(100 + index).n + committed(200 + index).n)),
      ),
    );
    expect(seenAtAnswer).toEqual(Array.from({ length: 20 }, () => 2));
    expect(commits).toBeGreaterThan(0);
    expect(commits).toBeLessThan(20);
  });

  it('rolls back a failing unit alone: its rows vanish, its caller hears its error, the others commit', async () => {
    const outcomes = await Promise.allSettled(
      [300, 301, 302].map((id) =>
        unitOfWork.run(async (manager) => {
          await insert(manager, id);
          if (id === 301) {
            await insert(manager, 3010);
            await insert(manager, 300); // the key of the unit before it: a constraint error
          }
          return id;
        }),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect([300, 301, 3010, 302].map((id) => committed(id).n)).toEqual([1, 0, 0, 1]);
  });
});
