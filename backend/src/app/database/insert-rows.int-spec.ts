import { TASK_TYPES } from '@dondoc/domain';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { TaskEntity } from '../task-model/entities/task.entity';

/** Regression: TypeORM's select-back after a multi-row INSERT once swapped ids between objects on SQLite. */
describeEachDatabase('inserting many rows at once', (kind) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
  });

  afterAll(() => testApp.close());

  it('leaves every inserted object describing its own row', async () => {
    const fixture = await createFixture(testApp.dataSource, { tasks: TASK_TYPES.map((type) => ({ type })) });
    for (const task of fixture.tasks) {
      const row = await testApp.dataSource.manager.findOneByOrFail(TaskEntity, { id: task.id });
      expect({ ref: row.ref, type: row.type }).toEqual({ ref: task.ref, type: task.type });
    }
  });
});
