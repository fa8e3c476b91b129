import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { API, type CreateTaskRequest, type UnitDto } from '@dondoc/contracts';
import { aPlan } from '../../../testing/factories';
import { provideTestTranslations } from '../../../testing/translate';
import { TaskFormComponent } from './task-form.component';

const UNITS: UnitDto[] = [{ id: 'unit-tckt', code: 'TCKT', name: 'Phòng Tài chính – Kế toán' }];

async function formFor(beforeDateInclusive: boolean) {
  TestBed.configureTestingModule({
    imports: [TaskFormComponent],
    providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations()],
  });
  const fixture = TestBed.createComponent(TaskFormComponent);
  fixture.componentRef.setInput('plan', aPlan({ beforeDateInclusive }));
  fixture.componentRef.setInput('units', UNITS);
  await fixture.whenStable();
  return fixture;
}

async function typeDeadline(fixture: ComponentFixture<TaskFormComponent>, text: string): Promise<string> {
  const element = fixture.nativeElement as HTMLElement;
  const input = element.querySelector<HTMLInputElement>('[data-testid="task-deadline"]');
  if (!input) throw new Error('no deadline input');
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await fixture.whenStable();
  return element.querySelector('[data-testid="deadline-reading"]')?.textContent?.trim() ?? '';
}

describe('TaskFormComponent: the deadline read as it is typed', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('reads "Trước ngày D" as due the day before on a plan that reads it so (the usual reading)', async () => {
    const fixture = await formFor(false);
    expect(await typeDeadline(fixture, 'Trước ngày 15/04/2026')).toBe('Hạn: 14/04/2026');
  });

  it('reads "Trước ngày D" as due on D on a plan made while the ward read it so', async () => {
    const fixture = await formFor(true);
    expect(await typeDeadline(fixture, 'Trước ngày 15/04/2026')).toBe('Hạn: 15/04/2026');
  });

  it('sends the text as typed to the plan it shows the reading of', async () => {
    const fixture = await formFor(true);
    const element = fixture.nativeElement as HTMLElement;
    const content = element.querySelector<HTMLTextAreaElement>('[data-testid="task-content"]');
    if (!content) throw new Error('no content field');
    content.value = 'Xây dựng quy chế số hoá hồ sơ';
    content.dispatchEvent(new Event('input'));
    await typeDeadline(fixture, 'Trước ngày 15/04/2026');
    element.querySelector<HTMLButtonElement>('[data-testid="task-form-save"]')?.click();
    const request = TestBed.inject(HttpTestingController).expectOne(API.planTasks('plan-158'));
    expect(request.request.method).toBe('POST');
    expect(request.request.body as CreateTaskRequest).toMatchObject({
      content: 'Xây dựng quy chế số hoá hồ sơ',
      leadUnitId: 'unit-tckt',
      deadlineText: 'Trước ngày 15/04/2026',
    });
    request.flush({});
  });
});
