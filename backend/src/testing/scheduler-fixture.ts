import { initialWorkflow } from '@dondoc/workflows';
import type { DataSource } from 'typeorm';
import { newId } from '../app/common/ids';
import type { DatabaseKind } from '../app/database/data-source-options';
import { insertRows } from '../app/database/insert-rows';
import { JobRunner } from '../app/scheduler/job-runner';
import { TaskUnitEntity } from '../app/task-model/entities/task-unit.entity';
import { TaskEntity } from '../app/task-model/entities/task.entity';
import { reportPeriods } from '../app/task-model/report-series/report-periods';
import type { Fixture } from './fixtures';
import type { SettableClock } from './settable-clock';
import { startTestApp, type TestApp, type TestDatabase } from './test-app';

export interface SchedulerTestApp extends TestApp {
  runner: JobRunner;
}

/** The real app with its timer off: tests call runner.runDueJobs themselves, at the clock's time. */
export async function startSchedulerTestApp(
  kind: DatabaseKind,
  clock: SettableClock,
  database?: TestDatabase,
): Promise<SchedulerTestApp> {
  const testApp = await startTestApp(kind, { SCHEDULER_ENABLED: 'false' }, { clock, database });
  return { ...testApp, runner: testApp.app.get(JobRunner) };
}

export interface SeriesSpec {
  ref: string;
  deadlineText: string;
  deliverable: string;
  /** When the plan was imported (the series row's created_at). */
  importedAt: string;
}

/** A periodic report series as the plan import writes it, led by PVHCC with KTHT cooperating. */
export async function addReportSeries(
  dataSource: DataSource,
  fixture: Fixture,
  spec: SeriesSpec,
): Promise<TaskEntity> {
  const workflow = initialWorkflow('periodic_report');
  const series: TaskEntity = {
    id: newId(),
    wardId: fixture.ward.id,
    planId: fixture.plan.id,
    parentId: null,
    sectionKey: 'I',
    ref: spec.ref,
    position: 100,
    level: 'task',
    content: `Báo cáo định kỳ ${spec.ref}`,
    leadUnitId: fixture.units.PVHCC.id,
    needsPrimaryLead: false,
    leadText: 'Trung tâm PVHCC',
    cooperatorText: 'Phòng KTHT',
    deliverable: spec.deliverable,
    deliverableKind: 'Báo cáo',
    deadlineText: spec.deadlineText,
    deadline: null,
    due: reportPeriods(spec, fixture.plan)[0]?.due ?? null,
    budgetText: '',
    type: 'periodic_report',
    state: workflow.state,
    column: workflow.column,
    context: workflow.context,
    workflowSeed: {},
    submittedAt: null,
    machineVersion: workflow.machineVersion,
    version: 1,
    createdAt: spec.importedAt,
    updatedAt: spec.importedAt,
  };
  await dataSource.transaction(async (manager) => {
    await insertRows(manager, TaskEntity, series);
    await insertRows(manager, TaskUnitEntity, [
      { taskId: series.id, unitId: fixture.units.PVHCC.id, role: 'lead', wardId: fixture.ward.id },
      { taskId: series.id, unitId: fixture.units.KTHT.id, role: 'cooperator', wardId: fixture.ward.id },
    ]);
  });
  return series;
}

/** A series' period cards, earliest due first. */
export function cardsOf(dataSource: DataSource, series: TaskEntity): Promise<TaskEntity[]> {
  return dataSource.manager.find(TaskEntity, { where: { parentId: series.id }, order: { due: 'ASC' } });
}
