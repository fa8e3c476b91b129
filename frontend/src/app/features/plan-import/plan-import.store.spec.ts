import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TABLE_VARIANTS } from '@dondoc/plan-parser';
import { parseHaiDuong, previewOfGrid } from '../../../testing/plan-preview';
import { MAX_PLAN_FILE_BYTES, PlanImportStore, refusalOf } from './plan-import.store';
import type { ImportCatalog, PlanPreview, PreviewGrid } from './plan-import.types';

const CATALOG: ImportCatalog = {
  units: [
    { code: 'VHXH', name: 'Phòng Văn hoá - Xã hội' },
    { code: 'PVHCC', name: 'Trung tâm Phục vụ hành chính công' },
  ],
  groups: [
    { name: 'Các phòng chuyên môn', allUnits: false, memberCodes: ['VHXH', 'PVHCC'] },
    { name: 'Tất cả các đơn vị', allUnits: true, memberCodes: [] },
  ],
};

/** A preview whose first row writes a name the ward does not know. */
function previewWithUnknownName(): PlanPreview {
  const preview = previewOfGrid(TABLE_VARIANTS[0].grid);
  const name = 'Tổ công tác số hoá';
  const first = preview.rows[0];
  preview.rows[0] = {
    ...first,
    leadText: name,
    // As the parser says it: the name it could not resolve, hence no lead.
    problems: [
      { code: 'unresolved_unit', message: `Không nhận ra «${name}»`, subject: name, field: 'lead' },
      { code: 'no_lead', message: 'Chưa xác định được cơ quan chủ trì.', field: 'lead' },
    ],
    blocking: true,
  };
  preview.unresolvedNames = [{ name, refs: [first.ref], suggestions: [] }];
  preview.sourceSha256 = 'a'.repeat(64);
  return preview;
}

function setUp() {
  TestBed.configureTestingModule({
    providers: [PlanImportStore, provideHttpClient(), provideHttpClientTesting()],
  });
  return { store: TestBed.inject(PlanImportStore), http: TestBed.inject(HttpTestingController) };
}

describe('refusalOf', () => {
  it('reads the refusal of rows still to fix as its details, with no named reason', () => {
    const refusal = refusalOf({
      status: 400,
      code: 'INVALID_PAYLOAD',
      message: 'Còn dòng cần sửa',
      details: ['2: Không nhận ra «Tổ»'],
    });
    expect(refusal).toMatchObject({ reason: null, details: ['2: Không nhận ra «Tổ»'] });
  });
});

describe('PlanImportStore', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('uploads a dropped file with the plan it amends, and shows what the server read', async () => {
    const { store, http } = setUp();
    store.amendsPlanId.set('plan-1');
    const reading = store.readFile(new File(['x'], 'ke-hoach.docx'));
    expect(store.phase()).toBe('reading');
    const request = http.expectOne({ method: 'POST', url: '/api/plans/import/preview' });
    const form = request.request.body as FormData;
    expect((form.get('file') as File).name).toBe('ke-hoach.docx');
    expect(form.get('amendsPlanId')).toBe('plan-1');
    const preview = previewOfGrid(TABLE_VARIANTS[0].grid);
    request.flush(preview);
    await reading;
    expect(store.phase()).toBe('preview');
    expect(store.rows().map((row) => row.number)).toEqual(preview.rows.map((row) => row.number));
    expect(store.groups().flatMap((group) => group.rows)).toHaveLength(preview.rows.length);
    expect(store.dirty()).toBe(false);
  });

  it('refuses a file over the limit without sending it, and names the server’s reasons', async () => {
    const { store, http } = setUp();
    const big = new File(['x'], 'lon.pdf');
    Object.defineProperty(big, 'size', { value: MAX_PLAN_FILE_BYTES + 1 });
    await store.readFile(big);
    http.expectNone('/api/plans/import/preview');
    expect(store.refusal()?.reason).toBe('too_large');

    const reading = store.readFile(new File(['x'], 'scan.pdf'));
    http
      .expectOne('/api/plans/import/preview')
      .flush(
        { code: 'INVALID_PAYLOAD', message: 'PDF là bản quét', details: ['scanned_pdf'] },
        { status: 400, statusText: 'Bad Request' },
      );
    await reading;
    expect(store.refusal()?.reason).toBe('scanned_pdf');
    expect(store.phase()).toBe('choose');
  });

  it('sends the corrected rows to be read again, keeping the file’s hash and the header the person typed', async () => {
    const { store, http } = setUp();
    const reading = store.readPaste({ text: 'STT\tNội dung' });
    const first = previewWithUnknownName();
    http.expectOne('/api/plans/import/preview').flush(first);
    await reading;
    store.header.update((header) => ({ ...header, title: 'Kế hoạch chuyển đổi số' }));
    const row = store.rows()[0];
    store.edit(row.id, 'deadlineText', 'Trước ngày 30/9/2026');
    expect(store.dirty()).toBe(true);

    const rereading = store.reread();
    const request = http.expectOne('/api/plans/import/preview');
    const body = request.request.body as { grid: PreviewGrid; sourceSha256: string; year: number };
    expect(body.sourceSha256).toBe(first.sourceSha256);
    const [task] = parseHaiDuong(body.grid).plan.tasks;
    expect(task.deadlineText).toBe('Trước ngày 30/9/2026');
    request.flush({ ...first, header: { ...first.header, title: 'Tiêu đề đọc được' } });
    await rereading;
    expect(store.dirty()).toBe(false);
    expect(store.header().title).toBe('Kế hoạch chuyển đổi số');
  });

  it('counts an unknown name as settled only once chosen, and imports with the group’s members and the alias', async () => {
    const { store, http } = setUp();
    const catalogRead = store.loadCatalog();
    http.expectOne('/api/plans/import/catalog').flush(CATALOG);
    await catalogRead;
    const reading = store.readPaste({ text: 'x' });
    http.expectOne('/api/plans/import/preview').flush(previewWithUnknownName());
    await reading;
    store.header.update((header) => ({ ...header, title: 'Kế hoạch' }));

    const blockers = store.openBlockers();
    store.choose('Tổ công tác số hoá', { kind: 'group' });
    expect(store.openBlockers()).toBe(blockers);
    // An outside body answers the name but leads nothing: the row still needs a lead.
    store.choose('Tổ công tác số hoá', { kind: 'outside' });
    expect(store.openBlockers()).toBe(blockers - 1);
    store.choose('Tổ công tác số hoá', {
      kind: 'group',
      groupName: 'Các phòng chuyên môn',
      saveAsAlias: true,
    });
    expect(store.openBlockers()).toBe(blockers - 2);

    const confirming = store.confirm();
    const request = http.expectOne({ method: 'POST', url: '/api/plans/import' });
    expect(request.request.body).toMatchObject({
      header: { title: 'Kế hoạch', year: 2026 },
      sourceSha256: 'a'.repeat(64),
      choices: [
        {
          name: 'Tổ công tác số hoá',
          choice: { kind: 'group', members: ['VHXH', 'PVHCC'] },
          saveAsAlias: true,
        },
      ],
    });
    expect(request.request.body.amendsPlanId).toBeUndefined();
    request.flush({ planId: 'plan-9', taskCount: 4, sectionCount: 2, savedAliases: ['Tổ công tác số hoá'] });
    expect(await confirming).toBe('plan-9');
  });

  it('keeps the preview and shows the server’s list when the import is refused', async () => {
    const { store, http } = setUp();
    const reading = store.readPaste({ text: 'x' });
    http.expectOne('/api/plans/import/preview').flush(previewWithUnknownName());
    await reading;
    const confirming = store.confirm();
    http.expectOne('/api/plans/import').flush(
      {
        code: 'INVALID_PAYLOAD',
        message: 'Còn dòng cần sửa',
        details: ['1: Không nhận ra «Tổ công tác số hoá»'],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(await confirming).toBeNull();
    expect(store.phase()).toBe('preview');
    expect(store.refusal()?.details).toEqual(['1: Không nhận ra «Tổ công tác số hoá»']);
  });
});
