import type { ApiErrorBody } from '@dondoc/contracts';
import { parsePlanText } from '@dondoc/plan-parser';
import {
  buildDocx,
  buildXlsx,
  encryptedDocx,
  launchPrintingChromium,
  macroEnabledDocx,
  MERGED_CELLS_TABLE,
  oversizedDocx,
  printPdf,
  scannedPdf,
  seedParserTable,
  tableToHtmlPage,
  tableToTsv,
  tableToWordClipboardHtml,
  truncatedFile,
  xlsxWithoutTable,
  zipBombDocx,
} from '@dondoc/plan-readers/testing';
import { DEMO_WARDS, readSeedPlanText } from '@dondoc/seed-data';
import type { Browser } from 'playwright-core';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture } from '../../testing/fixtures';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { UnitEntity } from '../org/entities/unit.entity';
import { PlanEntity } from '../task-model/entities/plan.entity';
import { TaskEntity } from '../task-model/entities/task.entity';
import type { PlanPreviewDto } from './dto/plan-preview.dto';
import { ImportClient } from './testing/import-client';
import { learningTable, secondLearningTable } from './testing/learning-tables';
import { teachSeedCatalog } from './testing/seed-catalog';

const sameRows = (preview: PlanPreviewDto) =>
  preview.rows.map((row) => ({
    number: row.number,
    content: row.content,
    leads: row.leadUnitCodes,
    cooperators: row.cooperatorUnitCodes,
    deadline: row.deadlineText,
    section: row.sectionKey,
  }));

describeEachDatabase('importing a plan from a document, a paste or a corrected grid', (kind) => {
  let testApp: TestApp;
  let fixture: Fixture;
  let client: ImportClient;
  let browser: Browser;

  const counts = async () => ({
    plans: await testApp.dataSource.manager.count(PlanEntity),
    tasks: await testApp.dataSource.manager.count(TaskEntity),
  });
  const sourceOf = async (planId: string) =>
    (
      (await testApp.dataSource.query(
        kind === 'sqlite'
          ? 'SELECT source_sha256 AS sha FROM plan WHERE id = ?'
          : 'SELECT source_sha256 AS sha FROM plan WHERE id = $1',
        [planId],
      )) as { sha: string | null }[]
    )[0]?.sha;

  beforeAll(async () => {
    testApp = await startTestApp(kind);
    fixture = await createFixture(testApp.dataSource, { taskCount: 1 });
    await teachSeedCatalog(testApp.dataSource, fixture.ward.id, 'NC');
    client = await ImportClient.login(testApp.url, fixture.users.admin.username);
    browser = await launchPrintingChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await testApp.close();
  });

  it('previews a .docx with its sections, rows, problems and grid, and creates the plan from it with the file’s hash', async () => {
    const before = await counts();
    const preview = await client.previewFile(await buildDocx(MERGED_CELLS_TABLE), 'phu-luc.docx');
    expect(preview.status).toBe(201);
    const body = preview.body as unknown as PlanPreviewDto;
    expect(body.format).toBe('docx');
    expect(body.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(body.sections.map((section) => section.key)).toEqual(['I', 'II']);
    expect(sameRows(body).map((row) => [row.number, row.leads])).toEqual([
      ['1', ['VHXH']],
      ['2', ['VHXH']],
      ['3', ['PVHCC']],
    ]);
    expect(body.rows[0].deadline).toMatchObject({
      kind: 'date',
      dueDates: ['2026-01-14'],
      confidence: 'sure',
    });
    expect(body.grid.rows.length).toBeGreaterThan(3);
    expect(await counts()).toEqual(before);

    const created = await client.confirm({
      header: { symbol: '12/KH-UBND', title: 'Kế hoạch CCHC năm 2026', issuedOn: null, year: 2026 },
      grid: body.grid,
      sourceSha256: body.sourceSha256,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ taskCount: 3, sectionCount: 2 });
    const planId = created.body['planId'] as string;
    expect(await sourceOf(planId)).toBe(body.sourceSha256);
    const tasks = await testApp.dataSource.manager.find(TaskEntity, {
      where: { planId },
      order: { position: 'ASC' },
    });
    expect(tasks.map((task) => task.content)).toEqual(body.rows.map((row) => row.content));
  });

  it('reads the same tasks from .xlsx and Word’s clipboard HTML; a Chromium PDF and tab-separated text flag the lead they cannot see merged', async () => {
    const docx = (await client.previewFile(await buildDocx(MERGED_CELLS_TABLE), 'a.docx'))
      .body as unknown as PlanPreviewDto;
    const expected = sameRows(docx);
    const xlsx = await client.previewFile(await buildXlsx(MERGED_CELLS_TABLE), 'a.xlsx');
    const pdf = await client.previewFile(
      await printPdf(browser, tableToHtmlPage(MERGED_CELLS_TABLE)),
      'a.pdf',
    );
    const html = await client.previewPaste({ html: tableToWordClipboardHtml(MERGED_CELLS_TABLE) });
    const text = await client.previewPaste({ text: tableToTsv(MERGED_CELLS_TABLE) });
    for (const [format, answer] of Object.entries({ xlsx, html })) {
      expect([format, answer.status]).toEqual([format, 201]);
      expect([format, sameRows(answer.body as unknown as PlanPreviewDto)]).toEqual([format, expected]);
    }
    // Text and a PDF cannot say that a cell is merged down: the second row's lead is blank there,
    // and the row says so instead of borrowing the lead above.
    for (const answer of [pdf, text]) {
      const rows = (answer.body as unknown as PlanPreviewDto).rows;
      expect(rows.map((row) => row.content)).toEqual(expected.map((row) => row.content));
      expect(rows[1].problems.map((problem) => problem.code)).toContain('no_lead');
    }
    expect((pdf.body as unknown as PlanPreviewDto).format).toBe('pdf');
    expect((html.body as unknown as PlanPreviewDto).sourceSha256).toBeNull();
  });

  describe('refuses a bad file with its reason and creates nothing', () => {
    const cases: [string, () => Promise<Buffer>, number, string][] = [
      ['a scanned PDF', () => scannedPdf(browser), 400, 'scanned_pdf'],
      [
        'an encrypted .docx',
        async () => encryptedDocx(await buildDocx(MERGED_CELLS_TABLE)),
        400,
        'encrypted',
      ],
      ['a corrupt .docx', async () => truncatedFile(await buildDocx(MERGED_CELLS_TABLE)), 400, 'corrupt'],
      ['an .xlsx with no table', () => xlsxWithoutTable(), 400, 'no_table'],
      [
        'a macro-enabled document',
        async () => macroEnabledDocx(await buildDocx(MERGED_CELLS_TABLE)),
        400,
        'macro_enabled',
      ],
      ['a zip bomb', async () => zipBombDocx(await buildDocx(MERGED_CELLS_TABLE)), 400, 'zip_bomb'],
      ['a 50 MB file', async () => oversizedDocx(await buildDocx(MERGED_CELLS_TABLE)), 413, 'too_large'],
      [
        'a picture',
        async () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        415,
        'unsupported_type',
      ],
    ];
    it.each(cases)('%s', async (_, build, status, reason) => {
      const before = await counts();
      const answer = await client.previewFile(await build(), 'ke-hoach.docx');
      expect(answer.status).toBe(status);
      const error = answer.body as unknown as ApiErrorBody;
      expect(error.details?.[0]).toBe(reason);
      expect(error.message).toMatch(/[àáảãạăâđêôơư]/i);
      expect(await counts()).toEqual(before);
    });
  });

  it('refuses to create a plan while a row has no lead or an unknown unit, naming the rows', async () => {
    const preview = (await client.previewFile(await buildDocx(learningTable()), 'b.docx'))
      .body as unknown as PlanPreviewDto;
    expect(preview.unresolvedNames.map((name) => name.name)).toEqual([
      'Tổ công tác số hoá của phường',
      'Phòng VH-TT',
    ]);
    expect(preview.blockingCount).toBeGreaterThan(0);
    const before = await counts();
    const refused = await client.confirm({
      header: { title: 'Kế hoạch chuyển đổi số', year: 2026 },
      grid: preview.grid,
      sourceSha256: preview.sourceSha256,
    });
    expect(refused.status).toBe(400);
    expect((refused.body as unknown as ApiErrorBody).details?.join('\n')).toContain(
      'Tổ công tác số hoá của phường',
    );
    expect(await counts()).toEqual(before);
  });

  it('applies the chosen units and a corrected deadline, keeps the aliases, and the next plan resolves them by itself', async () => {
    const preview = (await client.previewFile(await buildDocx(learningTable()), 'c.docx'))
      .body as unknown as PlanPreviewDto;
    const grid = structuredClone(preview.grid);
    const deadlineCell = grid.rows.flat().find((cell) => cell.text === 'Sớm');
    if (!deadlineCell) throw new Error('the table has a deadline written "Sớm"');
    deadlineCell.text = 'Trước ngày 30/9/2026';
    const created = await client.confirm({
      header: { title: 'Kế hoạch chuyển đổi số', year: 2026 },
      grid,
      sourceSha256: preview.sourceSha256,
      choices: [
        {
          name: 'Tổ công tác số hoá của phường',
          choice: { kind: 'group', members: ['PVHCC', 'VHXH'] },
          saveAsAlias: true,
        },
        { name: 'Phòng VH-TT', choice: { kind: 'unit', unitCode: 'VHXH' }, saveAsAlias: true },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body['savedAliases']).toEqual(['Tổ công tác số hoá của phường', 'Phòng VH-TT']);
    const planId = created.body['planId'] as string;
    const tasks = await testApp.dataSource.manager.find(TaskEntity, { where: { planId } });
    expect(tasks.find((task) => task.deadlineText === 'Trước ngày 30/9/2026')).toBeDefined();
    // The group fans out: its row becomes a parent with one child per member unit.
    expect(tasks.filter((task) => task.parentId !== null)).toHaveLength(2);
    const vhxh = await testApp.dataSource.manager.findOneByOrFail(UnitEntity, {
      wardId: fixture.ward.id,
      code: 'VHXH',
    });
    expect(vhxh.aliases).toContain('Phòng VH-TT');

    const next = (await client.previewFile(await buildDocx(secondLearningTable()), 'd.docx'))
      .body as unknown as PlanPreviewDto;
    expect(next.unresolvedNames).toEqual([]);
    expect(next.rows.map((row) => [row.leadUnitCodes, row.leadGroupNames])).toEqual([
      [[], ['Tổ công tác số hoá của phường']],
      [['VHXH'], []],
    ]);
  });

  it('reads an edited grid again, and lets a Văn phòng clerk import but not a unit’s staff', async () => {
    const clerk = await ImportClient.login(testApp.url, fixture.users.officeClerk.username);
    const staff = await ImportClient.login(testApp.url, fixture.users.leadStaff.username);
    const preview = (await clerk.previewPaste({ text: tableToTsv(MERGED_CELLS_TABLE) }))
      .body as unknown as PlanPreviewDto;
    const grid = structuredClone(preview.grid);
    grid.rows = grid.rows.filter((row) => row[0]?.text !== '3');
    const reread = await clerk.previewGrid(grid);
    expect(reread.status).toBe(201);
    expect((reread.body as unknown as PlanPreviewDto).rows.map((row) => row.number)).toEqual(['1', '2']);
    expect((await staff.previewPaste({ text: tableToTsv(MERGED_CELLS_TABLE) })).status).toBe(403);
    expect((await staff.confirm({ header: { title: 'x', year: 2026 }, grid })).status).toBe(403);
  });

  it('refuses a malformed body with the fields that are wrong', async () => {
    const answer = await client.confirm({ header: { title: '', year: 1900 }, grid: { rows: 'no' } });
    expect(answer.status).toBe(400);
    expect((answer.body as unknown as ApiErrorBody).details?.join(' ')).toMatch(/header\.year/);
  });

  describe.each(
    DEMO_WARDS.flatMap((ward) => ward.plans.map((plan) => [plan.file, ward.code, plan.year] as const)),
  )('the seed plan %s', (file, wardCode, year) => {
    let seedClient: ImportClient;
    beforeAll(async () => {
      const ward = await createFixture(testApp.dataSource, { taskCount: 0 });
      await teachSeedCatalog(testApp.dataSource, ward.ward.id, wardCode);
      seedClient = await ImportClient.login(testApp.url, ward.users.admin.username);
    });

    it('previews from .docx and .xlsx row for row as its text reads, and imports every row', async () => {
      const seed = DEMO_WARDS.find((ward) => ward.code === wardCode);
      const { plan } = parsePlanText(readSeedPlanText(file), {
        units: seed?.units ?? [],
        groups: seed?.groups ?? [],
        year,
      });
      const table = seedParserTable(file);
      for (const bytes of [await buildDocx(table), await buildXlsx(table)]) {
        const answer = await seedClient.previewFile(bytes, file, year);
        expect(answer.status).toBe(201);
        const preview = answer.body as unknown as PlanPreviewDto;
        expect(
          preview.rows.map((row) => [row.ref, row.content, row.leadUnitCodes, row.deadlineText]),
        ).toEqual(plan.tasks.map((task) => [task.ref, task.content, task.leadUnitCodes, task.deadlineText]));
      }
      const preview = (await seedClient.previewFile(await buildDocx(table), file, year))
        .body as unknown as PlanPreviewDto;
      const outside = preview.unresolvedNames.map((name) => ({
        name: name.name,
        choice: { kind: 'outside' as const },
      }));
      const created = await seedClient.confirm({
        header: { title: file, year },
        grid: preview.grid,
        sourceSha256: preview.sourceSha256,
        choices: outside,
      });
      expect(created.body).toMatchObject({ taskCount: plan.tasks.length });
    });
  });
});
