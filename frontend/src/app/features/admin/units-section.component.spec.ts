import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ADMIN_API, type AdminUnitDto } from '@dondoc/contracts';
import { renderSection, settle, text, type } from '../../../testing/admin-sections';
import { LanguageService } from '../../core/i18n/language.service';
import { UnitsSectionComponent } from './units-section.component';

const TCKT: AdminUnitDto = {
  id: 'u-tckt',
  code: 'TCKT',
  name: 'Phòng Tài chính – Kế toán',
  kind: 'specialist',
  aliases: [],
  active: true,
};
const VP: AdminUnitDto = { id: 'u-vp', code: 'VP', name: 'Văn phòng', kind: null, aliases: [], active: true };
const TAKEN = {
  code: 'VALIDATION_FAILED',
  message: 'Mã đơn vị VP đã có trong phường; hãy chọn mã khác',
};

describe('UnitsSectionComponent: editing a unit', () => {
  let http: HttpTestingController;

  async function render() {
    const rendered = await renderSection(UnitsSectionComponent, (testing) => {
      testing.expectOne(ADMIN_API.units).flush([TCKT, VP]);
    });
    http = rendered.http;
    return rendered;
  }

  async function openEdit(fixture: { detectChanges(): void }, root: HTMLElement, code: string) {
    root.querySelector<HTMLButtonElement>(`[data-testid="admin-unit-edit-open-${code}"]`)?.click();
    await settle(fixture as never);
    const form = root.querySelector<HTMLFormElement>(`[data-testid="admin-unit-edit-${code}"]`);
    if (!form) throw new Error(`no edit form for ${code}`);
    return form;
  }

  afterEach(() => http.verify());

  it('opens on the unit as it is, focused, and sends the new name, code and kind', async () => {
    const { fixture, root } = await render();
    const form = await openEdit(fixture, root, 'TCKT');
    const [code, name] = Array.from(form.querySelectorAll('input'));
    const kind = form.querySelector('select') as HTMLSelectElement;
    expect([code.value, name.value, kind.value]).toEqual(['TCKT', 'Phòng Tài chính – Kế toán', 'specialist']);
    expect(document.activeElement).toBe(code);

    type(code, 'TCKH');
    type(name, 'Phòng Tài chính – Kế hoạch');
    type(kind, 'office');
    form.dispatchEvent(new Event('submit'));
    const request = http.expectOne(ADMIN_API.unit('u-tckt'));
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      code: 'TCKH',
      name: 'Phòng Tài chính – Kế hoạch',
      kind: 'office',
    });
    request.flush({ ...TCKT, code: 'TCKH', name: 'Phòng Tài chính – Kế hoạch', kind: 'office' });
    await settle(fixture);

    expect(root.querySelector('[data-testid="admin-unit-edit-TCKH"]')).toBeNull();
    expect(text(root.querySelector('[data-testid="admin-unit-TCKH"]'))).toContain(
      'Phòng Tài chính – Kế hoạch',
    );
    expect(text(root.querySelector('[data-testid="admin-unit-TCKH"]'))).toContain('Văn phòng');
  });

  it('leaves a unit without a kind without one unless the admin picks it', async () => {
    const { fixture, root } = await render();
    const form = await openEdit(fixture, root, 'VP');
    expect((form.querySelector('select') as HTMLSelectElement).value).toBe('');
    type(form.querySelectorAll('input')[1], 'Văn phòng HĐND và UBND');
    form.dispatchEvent(new Event('submit'));
    const request = http.expectOne(ADMIN_API.unit('u-vp'));
    expect(request.request.body).toEqual({ code: 'VP', name: 'Văn phòng HĐND và UBND' });
    request.flush({ ...VP, name: 'Văn phòng HĐND và UBND' });
    await settle(fixture);
  });

  it('keeps the form open with the server’s reason when the code is taken, in Vietnamese', async () => {
    const { fixture, root } = await render();
    const form = await openEdit(fixture, root, 'TCKT');
    type(form.querySelector('input') as HTMLInputElement, 'VP');
    form.dispatchEvent(new Event('submit'));
    http.expectOne(ADMIN_API.unit('u-tckt')).flush(TAKEN, { status: 400, statusText: 'Bad Request' });
    await settle(fixture);
    const open = root.querySelector('[data-testid="admin-unit-edit-TCKT"]');
    expect(text(open?.querySelector('[role="alert"]'))).toBe(TAKEN.message);
    expect((open?.querySelector('input') as HTMLInputElement).value).toBe('VP');
  });

  it('says the refusal in English to an English reader', async () => {
    const { fixture, root } = await render();
    TestBed.inject(LanguageService).use('en');
    const form = await openEdit(fixture, root, 'TCKT');
    type(form.querySelector('input') as HTMLInputElement, 'VP');
    form.dispatchEvent(new Event('submit'));
    http.expectOne(ADMIN_API.unit('u-tckt')).flush(TAKEN, { status: 400, statusText: 'Bad Request' });
    await settle(fixture);
    expect(text(root.querySelector('[data-testid="admin-unit-edit-failure"]'))).toBe('The data is not valid');
  });

  it('closes on cancel without a request and gives the keyboard back to its button', async () => {
    const { fixture, root } = await render();
    const form = await openEdit(fixture, root, 'TCKT');
    Array.from(form.querySelectorAll('button'))
      .find((button) => text(button) === 'Huỷ')
      ?.click();
    await settle(fixture);
    expect(root.querySelector('[data-testid="admin-unit-edit-TCKT"]')).toBeNull();
    expect(document.activeElement).toBe(root.querySelector('[data-testid="admin-unit-edit-open-TCKT"]'));
  });
});
