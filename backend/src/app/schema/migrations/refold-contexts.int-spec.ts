import type { TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { ApiClient } from '../../../testing/api-client';
import { describeEachDatabase } from '../../../testing/each-database';
import { createFixture, FIXTURE_PASSWORD } from '../../../testing/fixtures';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { verifyDatabaseLog } from '../../audit/log-verification';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { RefoldContexts1798200000000 } from './1798200000000-refold-contexts';

describeEachDatabase('refolding contexts written before four eyes', (kind) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
  });

  afterAll(() => testApp.close());

  it('makes verify pass on a submitted task whose row predates submittedBy, and changes no version', async () => {
    const fixture = await createFixture(testApp.dataSource, { taskCount: 2 });
    const lead = await ApiClient.login(testApp.url, fixture.users.leadStaff.username, FIXTURE_PASSWORD);
    const task = fixture.tasks[0];
    const answer = await lead.post<TransitionResponse>(API.transitions(task.id), {
      event: 'SUBMIT',
      expectedVersion: 1,
      payload: { deliverableRef: 'kh.pdf' },
    });
    expect(answer.status).toBe(200);
    const manager = testApp.dataSource.manager;
    // As a database written before #13 holds it: the same move, no one named as its submitter.
    const row = await manager.findOneByOrFail(TaskEntity, { id: task.id });
    const { submittedBy, ...before } = row.context as unknown as Record<string, unknown>;
    expect(submittedBy).toBe(fixture.users.leadStaff.id);
    await manager.update(TaskEntity, { id: task.id }, { context: before as never });
    expect((await verifyDatabaseLog(testApp.dataSource)).mismatches.map((m) => m.problem)).toContain(
      'log folds to a different context than the row',
    );

    const runner = testApp.dataSource.createQueryRunner();
    try {
      await new RefoldContexts1798200000000().up(runner);
    } finally {
      await runner.release();
    }

    expect((await verifyDatabaseLog(testApp.dataSource)).mismatches).toEqual([]);
    const refolded = await manager.findOneByOrFail(TaskEntity, { id: task.id });
    expect(refolded.context).toEqual(row.context);
    expect(refolded.version).toBe(row.version);
  });
});
