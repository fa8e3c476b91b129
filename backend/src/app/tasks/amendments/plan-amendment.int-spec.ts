import type { ApiErrorBody } from '@dondoc/contracts';
import { buildDocx, tableToTsv } from '@dondoc/plan-readers/testing';
import { describeEachDatabase } from '../../../testing/each-database';
import { createFixture, type Fixture } from '../../../testing/fixtures';
import { BoardWatcher, PlanChangeWatcher } from '../../../testing/socket-client';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { verifyEventChains } from '../../audit/chain-verification';
import { verifyDatabaseLog } from '../../audit/log-verification';
import { UnitEntity } from '../../org/entities/unit.entity';
import type { PlanImportResultDto, PlanPreviewDto } from '../../plan-import/dto/plan-preview.dto';
import { PlanSourceEntity } from '../../plan-import/plan-source.entity';
import {
  cells,
  originalPlanTable,
  planTable,
  REVISED_SECTION_I,
  revisedPlanTable,
  section,
} from '../../plan-import/testing/amendment-tables';
import { ImportClient } from '../../plan-import/testing/import-client';
import { teachSeedCatalog } from '../../plan-import/testing/seed-catalog';
import { PlanSectionEntity } from '../../task-model/entities/plan-section.entity';
import { PlanEntity } from '../../task-model/entities/plan.entity';
import { TaskEventEntity } from '../../task-model/entities/task-event.entity';
import { TaskUnitEntity } from '../../task-model/entities/task-unit.entity';
import { TaskEntity } from '../../task-model/entities/task.entity';

const HEADER = { symbol: '20/KH-UBND', title: 'Kế hoạch cải cách hành chính năm 2026', year: 2026 };
const DIGITAL_PLAN = 'KẾ HOẠCH Chuyển đổi số năm 2026';
const ISSUE_DIGITAL_PLAN = [
  '1',
  'Ban hành kế hoạch chuyển đổi số',
  'Văn phòng HĐND và UBND',
  '',
  'Quý I/2026',
  'Kế hoạch',
];

describeEachDatabase('amending a plan with its revised version', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  let admin: ImportClient;

  const manager = () => testApp.dataSource.manager;
  const tasksOf = (planId: string) =>
    manager().find(TaskEntity, { where: { planId }, order: { position: 'ASC' } });
  const sectionsOf = async (planId: string) =>
    (await manager().find(PlanSectionEntity, { where: { planId }, order: { position: 'ASC' } })).map(
      ({ key, title, position }) => ({ key, title, position }),
    );
  const ORIGINAL_SECTIONS = [
    { key: 'I', title: 'Chỉ đạo điều hành', position: 0 },
    { key: 'II', title: 'Cải cách thủ tục hành chính', position: 1 },
  ];
  const byContent = (tasks: TaskEntity[], start: string) => {
    const task = tasks.find((candidate) => candidate.content.startsWith(start));
    if (!task) throw new Error(`no task starting "${start}"`);
    return task;
  };

  /** The original plan, imported from a .docx: its id and its preview. */
  async function importOriginal(): Promise<string> {
    const preview = (await admin.previewFile(await buildDocx(originalPlanTable()), 'ke-hoach.docx'))
      .body as unknown as PlanPreviewDto;
    const created = await admin.confirm({
      header: HEADER,
      grid: preview.grid,
      sourceSha256: preview.sourceSha256,
    });
    expect(created.status).toBe(201);
    return created.body['planId'] as string;
  }

  async function previewRevision(planId: string, client = admin): Promise<PlanPreviewDto> {
    const answer = await client.previewFile(await buildDocx(revisedPlanTable()), 'sua-doi.docx', 2026, {
      amendsPlanId: planId,
    });
    expect(answer.status).toBe(201);
    return answer.body as unknown as PlanPreviewDto;
  }

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    fixture = await createFixture(testApp.dataSource, { taskCount: 0 });
    await teachSeedCatalog(testApp.dataSource, fixture.ward.id, 'NC');
    admin = await ImportClient.login(testApp.url, fixture.users.admin.username);
  });

  afterAll(() => testApp.close());

  it('previews what the revision adds, removes and changes, by section and number or by content, and writes nothing', async () => {
    const planId = await importOriginal();
    const before = await tasksOf(planId);
    const events = await manager().count(TaskEventEntity);
    const { amendment } = await previewRevision(planId);
    expect(amendment?.planId).toBe(planId);
    expect(amendment?.added.map((row) => [row.number, row.content, row.leadUnitCodes])).toEqual([
      ['2', 'Xây dựng bộ chỉ số đo mức độ hài lòng của người dân', ['VHXH']],
    ]);
    expect(amendment?.removed).toEqual([
      {
        taskId: byContent(before, 'Công khai').id,
        number: '2',
        content: 'Công khai thủ tục hành chính trên cổng thông tin điện tử',
        state: byContent(before, 'Công khai').state,
        willCancel: true,
      },
    ]);
    expect(amendment?.changed).toEqual([
      {
        taskId: byContent(before, 'Kiểm tra').id,
        number: '3',
        ref: '3',
        before: {
          number: '2',
          content: 'Kiểm tra công tác cải cách hành chính tại các đơn vị',
          deadlineText: 'Quý II/2026',
        },
        after: {
          number: '3',
          content: 'Kiểm tra công tác cải cách hành chính tại các đơn vị thuộc phường',
          deadlineText: 'Quý III/2026',
        },
      },
      {
        taskId: byContent(before, 'Tổ chức').id,
        number: '4',
        ref: '4',
        before: { number: '3', leadText: 'Trung tâm Phục vụ hành chính công' },
        after: { number: '4', leadText: 'Phòng Văn hóa - Xã hội' },
      },
    ]);
    expect(amendment?.unchanged).toBe(2);
    expect(amendment?.sections).toEqual({
      added: [],
      renamed: [{ key: 'I', before: 'Chỉ đạo điều hành', after: REVISED_SECTION_I }],
    });
    expect(await tasksOf(planId)).toEqual(before);
    expect(await sectionsOf(planId)).toEqual(ORIGINAL_SECTIONS);
    expect(await manager().count(TaskEventEntity)).toBe(events);
  });

  it('applies it to the tasks and sections in one go: adds, corrects through logged events, cancels with a reason, renames the section, keeps every source, and tells the boards', async () => {
    const planId = await importOriginal();
    const original = await manager().findOneByOrFail(PlanEntity, { id: planId });
    const before = await tasksOf(planId);
    const watcher = await BoardWatcher.connect(testApp.url, admin.token);
    const planChanges = new PlanChangeWatcher(watcher.socket);
    expect(await watcher.join(planId)).toMatchObject({ ok: true });
    const preview = await previewRevision(planId);

    const applied = await admin.confirm({
      header: HEADER,
      grid: preview.grid,
      sourceSha256: preview.sourceSha256,
      amendsPlanId: planId,
    });
    expect(applied.status).toBe(201);
    const result = applied.body as unknown as PlanImportResultDto;
    expect(result).toMatchObject({
      planId,
      amendment: {
        added: 1,
        changed: 2,
        removed: 1,
        alreadySettled: 0,
        sectionsAdded: 0,
        sectionsRenamed: 1,
      },
    });
    expect(await sectionsOf(planId)).toEqual([
      { ...ORIGINAL_SECTIONS[0], title: REVISED_SECTION_I },
      ORIGINAL_SECTIONS[1],
    ]);

    const after = await tasksOf(planId);
    expect(after).toHaveLength(before.length + 1);
    const inspection = byContent(after, 'Kiểm tra');
    expect(inspection).toMatchObject({
      id: byContent(before, 'Kiểm tra').id,
      ref: '3',
      content: 'Kiểm tra công tác cải cách hành chính tại các đơn vị thuộc phường',
      deadlineText: 'Quý III/2026',
      due: '2026-09-30',
      // Created by the import (CREATE_TASK), then corrected by the revision (AMEND_PLAN).
      version: 3,
    });
    const vhxh = await manager().findOneByOrFail(UnitEntity, { wardId: fixture.ward.id, code: 'VHXH' });
    const training = byContent(after, 'Tổ chức');
    expect(training).toMatchObject({ ref: '4', leadUnitId: vhxh.id, leadText: 'Phòng Văn hóa - Xã hội' });
    expect(await manager().find(TaskUnitEntity, { where: { taskId: training.id } })).toEqual([
      expect.objectContaining({ unitId: vhxh.id, role: 'lead' }),
    ]);
    const dropped = byContent(after, 'Công khai');
    expect(dropped).toMatchObject({ column: 'cancelled', state: 'cancelled' });
    expect(dropped.context).toMatchObject({
      cancelReason: expect.stringMatching(
        /^Không còn trong kế hoạch sửa đổi 20\/KH-UBND \(\d\d\/\d\d\/\d{4}\)$/,
      ),
    });
    const added = byContent(after, 'Xây dựng bộ chỉ số');
    expect(added).toMatchObject({ ref: '2', sectionKey: 'I', leadUnitId: vhxh.id, version: 2 });
    expect(byContent(after, 'Ban hành').version).toBe(2);

    const logOf = async (task: TaskEntity) =>
      (await manager().find(TaskEventEntity, { where: { taskId: task.id }, order: { id: 'ASC' } })).map(
        (event) => [event.event, event.payload],
      );
    expect(await logOf(inspection)).toEqual([
      ['CREATE_TASK', expect.anything()],
      [
        'AMEND_PLAN',
        expect.objectContaining({
          before: expect.objectContaining({ deadlineText: 'Quý II/2026' }),
          after: expect.objectContaining({ deadlineText: 'Quý III/2026' }),
          sourceSha256: preview.sourceSha256,
        }),
      ],
    ]);
    expect(await logOf(added)).toEqual([['ADD_BY_AMENDMENT', { sourceSha256: preview.sourceSha256 }]]);
    expect((await logOf(dropped)).map(([event]) => event)).toEqual(['CREATE_TASK', 'CANCEL']);
    expect((await verifyDatabaseLog(testApp.dataSource)).mismatches).toEqual([]);
    expect((await verifyEventChains(testApp.dataSource)).breaks).toEqual([]);

    const plan = await manager().findOneByOrFail(PlanEntity, { id: planId });
    expect(plan.sourceSha256).toBe(preview.sourceSha256);
    expect(plan.sourceSha256).not.toBe(original.sourceSha256);
    const sources = await manager().find(PlanSourceEntity, {
      where: { planId },
      order: { at: 'ASC', kind: 'DESC' },
    });
    expect(
      sources.map((source) => [source.kind, source.sha256, source.added, source.changed, source.removed]),
    ).toEqual([
      ['import', original.sourceSha256, 5, 0, 0],
      ['amendment', preview.sourceSha256, 1, 2, 1],
    ]);
    // Sections are the plan's, not a task's: the revision's row says what became of them.
    expect(sources.map((source) => source.sections)).toEqual([
      null,
      { added: [], renamed: [{ key: 'I', before: 'Chỉ đạo điều hành', after: REVISED_SECTION_I }] },
    ]);

    // The board hears the plan's sections as they now stand, and reads them so too.
    await planChanges.waitFor(1);
    expect(planChanges.received).toEqual([
      {
        planId,
        wardId: fixture.ward.id,
        sections: [
          { key: 'I', title: REVISED_SECTION_I },
          { key: 'II', title: 'Cải cách thủ tục hành chính' },
        ],
      },
    ]);
    expect((await admin.get(`/api/plans/${planId}/board`)).body['sections']).toEqual(
      planChanges.received[0].sections,
    );
    // A board that was away when the message went out finds the sections in its rejoin's answer.
    const away = await BoardWatcher.connect(testApp.url, admin.token);
    expect(await away.join(planId, '0')).toMatchObject({
      ok: true,
      sections: planChanges.received[0].sections,
    });
    away.close();

    // One live message per task written: two corrected, one added, one cancelled.
    await watcher.waitFor(4);
    expect(new Set(watcher.received.map((message) => message.card.id))).toEqual(
      new Set([inspection.id, training.id, added.id, dropped.id]),
    );
    watcher.close();
  });

  it('writes nothing when part of the revision is refused: a Văn phòng clerk may not cancel the dropped task', async () => {
    const planId = await importOriginal();
    const clerk = await ImportClient.login(testApp.url, fixture.users.officeClerk.username);
    const preview = await previewRevision(planId, clerk);
    const before = await tasksOf(planId);
    const events = await manager().count(TaskEventEntity);
    const sources = await manager().count(PlanSourceEntity);

    const refused = await clerk.confirm({
      header: HEADER,
      grid: preview.grid,
      sourceSha256: preview.sourceSha256,
      amendsPlanId: planId,
    });
    expect(refused.status).toBe(403);
    expect((refused.body as unknown as ApiErrorBody).message).toMatch(/huỷ nhiệm vụ/);
    expect(await tasksOf(planId)).toEqual(before);
    expect(await manager().count(TaskEventEntity)).toBe(events);
    expect(await manager().count(PlanSourceEntity)).toBe(sources);
    expect(await sectionsOf(planId)).toEqual(ORIGINAL_SECTIONS);
  });

  it('leaves a dropped task that is already settled as it stands, and answers 404 for a plan of another ward', async () => {
    const planId = await importOriginal();
    const dropped = byContent(await tasksOf(planId), 'Công khai');
    await manager().update(TaskEntity, { id: dropped.id }, { state: 'cancelled', column: 'cancelled' });
    const revision = await admin.previewPaste({ text: tableToTsv(revisedPlanTable()) });
    const grid = (revision.body as unknown as PlanPreviewDto).grid;
    const preview = (await admin.postPreview({ grid, year: 2026, amendsPlanId: planId }))
      .body as unknown as PlanPreviewDto;
    expect(preview.amendment?.removed).toEqual([
      expect.objectContaining({ taskId: dropped.id, willCancel: false }),
    ]);
    const applied = await admin.confirm({ header: HEADER, grid, amendsPlanId: planId });
    expect(applied.body).toMatchObject({ amendment: { removed: 0, alreadySettled: 1 } });
    // Only the import's CREATE_TASK: the settled task is left as it stands.
    expect(
      (await manager().find(TaskEventEntity, { where: { taskId: dropped.id } })).map((event) => event.event),
    ).toEqual(['CREATE_TASK']);

    const other = await createFixture(testApp.dataSource, { taskCount: 0 });
    const stranger = await ImportClient.login(testApp.url, other.users.admin.username);
    const foreign = await stranger.postPreview({ grid, year: 2026, amendsPlanId: planId });
    expect(foreign.status).toBe(404);
    expect((await stranger.confirm({ header: HEADER, grid, amendsPlanId: planId })).status).toBe(404);
  });

  it('corrects every copy of a task a group leads, and cancels a dropped one copy by copy until the engine settles it', async () => {
    const table = (rows: string[][]) =>
      planTable(DIGITAL_PLAN, [cells(ISSUE_DIGITAL_PLAN), ...rows.map(cells)]);
    const everyone = 'Các phòng, đơn vị chuyên môn';
    const original = table([
      ['2', 'Cập nhật dữ liệu dân cư của đơn vị', everyone, '', 'Tháng 6/2026', 'Báo cáo'],
      ['3', 'Rà soát chữ ký số của cán bộ', everyone, '', 'Quý II/2026', 'Báo cáo'],
    ]);
    const revised = table([
      ['2', 'Cập nhật dữ liệu dân cư của đơn vị', everyone, '', 'Tháng 9/2026', 'Báo cáo'],
    ]);
    const first = (await admin.previewPaste({ text: tableToTsv(original) }))
      .body as unknown as PlanPreviewDto;
    const created = await admin.confirm({ header: HEADER, grid: first.grid });
    expect(created.status).toBe(201);
    const planId = created.body['planId'] as string;
    const before = await tasksOf(planId);
    const childrenOf = (tasks: TaskEntity[], parent: TaskEntity) =>
      tasks.filter((task) => task.parentId === parent.id);
    const updating = byContent(before, 'Cập nhật');
    const signing = byContent(before, 'Rà soát chữ ký');
    expect(childrenOf(before, updating).length).toBeGreaterThan(1);

    const second = (await admin.postPreview({ text: tableToTsv(revised), year: 2026, amendsPlanId: planId }))
      .body as unknown as PlanPreviewDto;
    expect(second.amendment?.changed.map((change) => change.after)).toEqual([
      { deadlineText: 'Tháng 9/2026' },
    ]);
    expect(second.amendment?.removed.map((removal) => removal.taskId)).toEqual([signing.id]);
    const applied = await admin.confirm({ header: HEADER, grid: second.grid, amendsPlanId: planId });
    expect(applied.body).toMatchObject({ amendment: { added: 0, changed: 1, removed: 1 } });

    const after = await tasksOf(planId);
    for (const task of [byContent(after, 'Cập nhật'), ...childrenOf(after, updating)])
      expect([task.ref, task.deadlineText, task.due]).toEqual([task.ref, 'Tháng 9/2026', '2026-09-30']);
    const signingCopies = childrenOf(after, signing);
    expect(signingCopies.every((copy) => copy.column === 'cancelled')).toBe(true);
    const signingNow = after.find((task) => task.id === signing.id);
    expect(signingNow?.column).toBe('cancelled');
    const signingLog = await manager().find(TaskEventEntity, { where: { taskId: signing.id } });
    expect(signingLog.map((event) => event.event)).toEqual(['CREATE_TASK', 'CHILDREN_DONE']);
    const { mismatches } = await verifyDatabaseLog(testApp.dataSource);
    expect(mismatches.filter((mismatch) => mismatch.planId === planId)).toEqual([]);
  });

  it('adds the sections a revision heads anew after the plan’s own, with their tasks, and keeps a section it leaves out', async () => {
    const issue = cells(ISSUE_DIGITAL_PLAN);
    const original = planTable(DIGITAL_PLAN, [
      section('I. CHỈ ĐẠO ĐIỀU HÀNH'),
      issue,
      section('II. THỦ TỤC'),
      cells([
        '1',
        'Rà soát thủ tục hành chính nội bộ',
        'Văn phòng HĐND và UBND',
        '',
        'Quý II/2026',
        'Báo cáo',
      ]),
    ]);
    const revised = planTable(DIGITAL_PLAN, [
      section('I. CHỈ ĐẠO ĐIỀU HÀNH'),
      issue,
      section('III. CHÍNH QUYỀN SỐ'),
      cells(['1', 'Số hoá hồ sơ một cửa', 'Văn phòng HĐND và UBND', '', 'Quý III/2026', 'Báo cáo']),
    ]);
    const first = (await admin.previewPaste({ text: tableToTsv(original) }))
      .body as unknown as PlanPreviewDto;
    const planId = (await admin.confirm({ header: HEADER, grid: first.grid })).body['planId'] as string;

    const preview = (await admin.postPreview({ text: tableToTsv(revised), year: 2026, amendsPlanId: planId }))
      .body as unknown as PlanPreviewDto;
    expect(preview.amendment?.sections).toEqual({
      added: [{ key: 'III', title: 'CHÍNH QUYỀN SỐ' }],
      renamed: [],
    });
    const applied = await admin.confirm({ header: HEADER, grid: preview.grid, amendsPlanId: planId });
    expect(applied.body).toMatchObject({
      amendment: { added: 1, removed: 1, sectionsAdded: 1, sectionsRenamed: 0 },
    });

    expect(await sectionsOf(planId)).toEqual([
      { key: 'I', title: 'CHỈ ĐẠO ĐIỀU HÀNH', position: 0 },
      { key: 'II', title: 'THỦ TỤC', position: 1 },
      { key: 'III', title: 'CHÍNH QUYỀN SỐ', position: 2 },
    ]);
    const after = await tasksOf(planId);
    expect(byContent(after, 'Số hoá')).toMatchObject({ sectionKey: 'III', ref: 'III.1' });
    expect(byContent(after, 'Rà soát')).toMatchObject({ sectionKey: 'II', column: 'cancelled' });
  });
});
