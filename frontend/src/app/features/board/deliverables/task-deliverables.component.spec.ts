import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import {
  DELIVERABLE_API,
  type DeliverableFileDto,
  type DeliverableVersionDto,
  type TaskDeliverablesDto,
} from '@dondoc/contracts';
import { provideTestTranslations } from '../../../../testing/translate';
import { LanguageService } from '../../../core/i18n/language.service';
import { TaskDeliverablesComponent } from './task-deliverables.component';

const TASK = 'task-1';

const aFile = (id: string, name: string, size = 2048): DeliverableFileDto => ({
  id,
  name,
  size,
  mediaType: 'application/pdf',
  sha256: id.padEnd(64, '0'),
  uploadedAt: '2026-03-02T03:00:00.000Z',
  uploadedBy: { id: 'u1', name: 'Chuyên viên' },
});

const aVersion = (
  number: number,
  files: DeliverableFileDto[],
  changes: DeliverableVersionDto['changes'],
) => ({
  number,
  taskVersion: number * 2,
  submittedAt: '2026-03-02T03:00:00.000Z',
  submittedBy: { id: 'u1', name: 'Chuyên viên PVHCC' },
  files,
  changes,
});

const deliverables = (overrides: Partial<TaskDeliverablesDto> = {}): TaskDeliverablesDto => ({
  taskId: TASK,
  takesFiles: true,
  canEdit: true,
  draft: [],
  versions: [],
  limits: { maxBytes: 1024 * 1024, filesRequired: true },
  ...overrides,
});

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

async function render(first: TaskDeliverablesDto) {
  TestBed.configureTestingModule({
    imports: [TaskDeliverablesComponent],
    providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations()],
  });
  const fixture = TestBed.createComponent(TaskDeliverablesComponent);
  fixture.componentRef.setInput('taskId', TASK);
  const http = TestBed.inject(HttpTestingController);
  await fixture.whenStable();
  http.expectOne(DELIVERABLE_API.ofTask(TASK)).flush(first);
  await settle(fixture);
  const element = fixture.nativeElement as HTMLElement;
  return { fixture, http, element };
}

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

function choose(element: HTMLElement, files: File[]): void {
  const input = element.querySelector<HTMLInputElement>('[data-testid="deliverable-input"]');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

describe('TaskDeliverablesComponent', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows the draft, the versions newest first and what the last one changed', async () => {
    const plan = aFile('a', 'ke-hoach.pdf');
    const annex = aFile('b', 'phu-luc.xlsx', 1536 * 1024);
    const revised = aFile('c', 'ke-hoach-sua.pdf');
    const { element } = await render(
      deliverables({
        draft: [revised],
        versions: [
          aVersion(1, [plan, annex], null),
          aVersion(2, [annex, revised], {
            added: [{ fileId: 'c', name: 'ke-hoach-sua.pdf', sha256: revised.sha256 }],
            removed: [{ fileId: 'a', name: 'ke-hoach.pdf', sha256: plan.sha256 }],
            unchanged: [{ fileId: 'b', name: 'phu-luc.xlsx', sha256: annex.sha256 }],
          }),
        ],
      }),
    );
    const draft = element.querySelector('[data-testid="draft-file"]');
    expect([draft?.querySelector('.link'), draft?.querySelector('.size')].map(text)).toEqual([
      'ke-hoach-sua.pdf',
      '2 KB',
    ]);
    const versions = Array.from(element.querySelectorAll<HTMLElement>('[data-testid="deliverable-version"]'));
    expect(versions.map((version) => version.dataset['version'])).toEqual(['2', '1']);
    expect(text(versions[0].querySelector('h4'))).toMatch(/^Lần trình v2 bởi Chuyên viên PVHCC/);
    expect(Array.from(versions[0].querySelectorAll('.size')).map(text)).toEqual(['1,5 MB', '2 KB']);
    const changes = versions[0].querySelector('[data-testid="deliverable-changes"]');
    expect(Array.from(changes?.children ?? []).map(text)).toEqual([
      'Thêm mới',
      'ke-hoach-sua.pdf',
      'Đã bỏ',
      'ke-hoach.pdf',
      'Giữ nguyên',
      'phu-luc.xlsx',
    ]);
    expect(versions[1].querySelector('[data-testid="deliverable-changes"]')).toBeNull();
  });

  it('offers no file input to someone who may not edit', async () => {
    const { element } = await render(deliverables({ canEdit: false }));
    expect(element.querySelector('[data-testid="deliverable-input"]')).toBeNull();
    expect(text(element.querySelector('.none'))).toBe('Chưa trình sản phẩm nào');
  });

  it('shows nothing for a task type that takes no files', async () => {
    const { element } = await render(deliverables({ takesFiles: false }));
    expect(element.querySelector('[data-testid="deliverables"]')).toBeNull();
  });

  it('uploads the chosen file as multipart and lists it from the server’s answer', async () => {
    const { fixture, http, element } = await render(deliverables());
    choose(element, [new File(['%PDF-1.4'], 'ke-hoach.pdf', { type: 'application/pdf' })]);
    const upload = http.expectOne({ method: 'POST', url: DELIVERABLE_API.ofTask(TASK) });
    const body = upload.request.body as FormData;
    expect((body.get('file') as File).name).toBe('ke-hoach.pdf');
    upload.flush(aFile('a', 'ke-hoach.pdf'));
    await settle(fixture);
    http.expectOne(DELIVERABLE_API.ofTask(TASK)).flush(deliverables({ draft: [aFile('a', 'ke-hoach.pdf')] }));
    await settle(fixture);
    expect(text(element.querySelector('[data-testid="draft-file"]'))).toContain('ke-hoach.pdf');
  });

  it('says why the server refused a file', async () => {
    const { fixture, http, element } = await render(deliverables());
    choose(element, [new File(['MZ'], 'bao-cao.pdf')]);
    http
      .expectOne({ method: 'POST', url: DELIVERABLE_API.ofTask(TASK) })
      .flush(
        { statusCode: 415, code: 'UNSUPPORTED_FILE_TYPE', message: 'Nội dung tệp không phải là PDF' },
        { status: 415, statusText: 'Unsupported Media Type' },
      );
    await settle(fixture);
    http.expectOne(DELIVERABLE_API.ofTask(TASK)).flush(deliverables());
    await settle(fixture);
    expect(text(element.querySelector('[data-testid="deliverables-error"]'))).toBe(
      'Không tải lên được tệp bao-cao.pdf: Nội dung tệp không phải là PDF',
    );
  });

  it('says the refusal in English by its code, not in the server’s Vietnamese', async () => {
    const { fixture, http, element } = await render(deliverables());
    TestBed.inject(LanguageService).use('en');
    choose(element, [new File(['MZ'], 'bao-cao.pdf')]);
    http
      .expectOne({ method: 'POST', url: DELIVERABLE_API.ofTask(TASK) })
      .flush(
        { statusCode: 415, code: 'UNSUPPORTED_FILE_TYPE', message: 'Nội dung tệp không phải là PDF' },
        { status: 415, statusText: 'Unsupported Media Type' },
      );
    await settle(fixture);
    http.expectOne(DELIVERABLE_API.ofTask(TASK)).flush(deliverables());
    await settle(fixture);
    expect(text(element.querySelector('[data-testid="deliverables-error"]'))).toBe(
      'Could not upload bao-cao.pdf: This kind of file is not accepted',
    );
  });

  it('does not send a file over the limit', async () => {
    const { fixture, http, element } = await render(
      deliverables({ limits: { maxBytes: 4, filesRequired: true } }),
    );
    choose(element, [new File(['%PDF-1.4'], 'lon.pdf')]);
    await settle(fixture);
    http
      .expectOne(DELIVERABLE_API.ofTask(TASK))
      .flush(deliverables({ limits: { maxBytes: 4, filesRequired: true } }));
    await settle(fixture);
    expect(text(element.querySelector('[data-testid="deliverables-error"]'))).toBe(
      'Tệp lon.pdf vượt quá dung lượng cho phép (4 B), chưa được tải lên',
    );
  });

  it('removes a draft file', async () => {
    const { fixture, http, element } = await render(deliverables({ draft: [aFile('a', 'ke-hoach.pdf')] }));
    element.querySelector<HTMLButtonElement>('[data-testid="remove-file"]')?.click();
    http
      .expectOne({ method: 'DELETE', url: DELIVERABLE_API.draftFile(TASK, 'a') })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    http.expectOne(DELIVERABLE_API.ofTask(TASK)).flush(deliverables());
    await settle(fixture);
    expect(element.querySelector('[data-testid="draft-file"]')).toBeNull();
  });
});
