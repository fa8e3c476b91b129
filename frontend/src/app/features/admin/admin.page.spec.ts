import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  ADMIN_API,
  type AdminUnitDto,
  type AdminUserDto,
  type PeopleImportPreviewDto,
} from '@dondoc/contracts';
import { provideTestTranslations } from '../../../testing/translate';
import { AdminApi } from './admin-api';
import { AdminPage } from './admin.page';

const VP: AdminUnitDto = {
  id: 'u-vp',
  code: 'VP',
  name: 'Văn phòng',
  kind: 'office',
  aliases: [],
  active: true,
};
const LAN: AdminUserDto = {
  id: 'p-lan',
  username: 'lan.nt',
  fullName: 'Nguyễn Thị Lan',
  email: null,
  unitId: 'u-vp',
  roles: ['staff', 'reviewer'],
  active: true,
  mustChangePassword: false,
};
const BROKEN: PeopleImportPreviewDto = {
  brokenRows: 1,
  rows: [
    {
      row: 2,
      username: 'an.nv',
      fullName: 'Nguyễn Văn An',
      unitCode: 'VP',
      roles: ['staff'],
      email: null,
      problems: [],
    },
    {
      row: 3,
      username: 'lan.nt',
      fullName: 'Trùng',
      unitCode: 'VP',
      roles: ['staff'],
      email: null,
      problems: ['Tên đăng nhập "lan.nt" đã có người dùng'],
    },
  ],
};

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

function fakeApi(): jest.Mocked<Partial<AdminApi>> {
  return {
    units: jest.fn().mockResolvedValue([VP]),
    people: jest.fn().mockResolvedValue([LAN]),
    createUnit: jest.fn().mockResolvedValue(VP),
    previewPeople: jest.fn().mockResolvedValue(BROKEN),
    importPeople: jest.fn(),
    resetPassword: jest.fn().mockResolvedValue({ username: 'lan.nt', oneTimePassword: 'Mk1-mot-lan_' }),
    settings: jest.fn().mockResolvedValue({
      reviewerUnitId: null,
      approverUnitId: 'u-vp',
      beforeDateReading: 'previous_day',
      dueSoonWorkingDays: 3,
      digestHour: 7,
    }),
    saveSettings: jest.fn().mockImplementation(async (settings) => settings),
    calendar: jest.fn().mockResolvedValue({
      years: [
        {
          year: 2027,
          status: 'provisional',
          daysOff: [{ date: '2027-04-16', name: 'Giỗ Tổ Hùng Vương', kind: 'holiday' }],
          workingWeekends: [],
        },
      ],
      rules: { optionalHolidays: [] },
    }),
    confirmYear: jest.fn().mockResolvedValue({
      year: 2027,
      status: 'confirmed',
      source: 'TB 1/TB-BNV',
      daysOff: [],
      workingWeekends: [],
    }),
  };
}

async function render(api = fakeApi()) {
  TestBed.configureTestingModule({
    imports: [AdminPage],
    providers: [
      provideTestTranslations(),
      { provide: AdminApi, useValue: api },
      // The names and city sections talk HTTP themselves (their own specs answer them).
      provideHttpClient(),
      provideHttpClientTesting(),
    ],
  });
  const fixture = TestBed.createComponent(AdminPage);
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
  return { fixture, api, element: fixture.nativeElement as HTMLElement };
}

/** The page with TCKT added through its units section, the names section's reads answered. */
async function renderAndAddUnit() {
  const rendered = await render();
  const { element, api, fixture } = rendered;
  const http = TestBed.inject(HttpTestingController);
  const answerNames = () => {
    http.match(ADMIN_API.groups).forEach((request) => request.flush([]));
    http.match(ADMIN_API.nameUses).forEach((request) => request.flush({ units: [], groups: [] }));
  };
  answerNames();
  const tckt: AdminUnitDto = { ...VP, id: 'u-tckt', code: 'TCKT', name: 'Phòng Tài chính – Kế toán' };
  api.units = jest.fn().mockResolvedValue([tckt, VP]);
  const form = element.querySelector('[data-testid="admin-unit-form"]') as HTMLFormElement;
  const [code, name] = Array.from(form.querySelectorAll('input'));
  code.value = 'TCKT';
  code.dispatchEvent(new Event('input'));
  name.value = tckt.name;
  name.dispatchEvent(new Event('input'));
  form.dispatchEvent(new Event('submit'));
  for (let turn = 0; turn < 3; turn++) {
    await fixture.whenStable();
    answerNames();
    fixture.detectChanges();
  }
  return rendered;
}

describe('AdminPage', () => {
  it('lists the units and people in Vietnamese, each with its kind, unit and roles', async () => {
    const { element } = await render();
    expect(text(element.querySelector('[data-testid="admin-unit-VP"]'))).toContain('Văn phòng');
    const lan = text(element.querySelector('[data-testid="admin-person-lan.nt"]'));
    expect(lan).toContain('Nguyễn Thị Lan');
    expect(lan).toContain('VP');
    expect(lan).toContain('Chuyên viên');
    expect(lan).toContain('Rà soát');
  });

  it('sends a new unit with its code, name and kind', async () => {
    const { element, api, fixture } = await render();
    const form = element.querySelector('[data-testid="admin-unit-form"]') as HTMLFormElement;
    const [code, name] = Array.from(form.querySelectorAll('input'));
    code.value = 'TCKT';
    code.dispatchEvent(new Event('input'));
    name.value = 'Phòng Tài chính – Kế toán';
    name.dispatchEvent(new Event('input'));
    form.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(api.createUnit).toHaveBeenCalledWith({
      code: 'TCKT',
      name: 'Phòng Tài chính – Kế toán',
      kind: 'specialist',
    });
  });

  it('offers a unit just added as a member of a new group', async () => {
    const { element } = await renderAndAddUnit();
    expect(element.querySelector('[data-testid="admin-group-form"] input[data-unit="TCKT"]')).not.toBeNull();
  });

  it('offers a unit just added as the unit of a new person, and its name boxes as text boxes', async () => {
    const { element } = await renderAndAddUnit();
    const person = element.querySelector('[data-testid="admin-person-form"]') as HTMLFormElement;
    const units = Array.from(person.querySelectorAll('select[name="unitId"] option')).map(text);
    expect(units).toContain('TCKT — Phòng Tài chính – Kế toán');
    const boxes = Array.from(
      person.querySelectorAll<HTMLInputElement>('input[name="username"], input[name="fullName"]'),
    );
    expect(boxes.map((box) => box.type)).toEqual(['text', 'text']);
  });

  it('names the open tasks that keep a unit from being deactivated', async () => {
    const api = fakeApi();
    api.setUnitActive = jest.fn().mockRejectedValue(
      new HttpErrorResponse({
        status: 400,
        error: {
          code: 'VALIDATION_FAILED',
          message: 'Chưa ngừng hoạt động được Văn phòng: đơn vị đang chủ trì 1 nhiệm vụ chưa xong.',
          details: ['1.2: Xây dựng kế hoạch kiểm tra'],
        },
      }),
    );
    const { element, fixture } = await render(api);
    (element.querySelector('[data-testid="admin-unit-toggle-VP"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    fixture.detectChanges();
    const failure = element.querySelector('[data-testid="admin-units-failure"]');
    expect(text(failure?.querySelector('p'))).toContain('đang chủ trì 1 nhiệm vụ');
    expect(text(failure?.querySelector('li'))).toBe('1.2: Xây dựng kế hoạch kiểm tra');
  });

  it('previews a sheet row by row and offers no creation while a row is broken', async () => {
    const { element, api, fixture } = await render();
    const input = element.querySelector('[data-testid="admin-import-file"]') as HTMLInputElement;
    const file = new File(['x'], 'nguoi-dung.xlsx');
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(api.previewPeople).toHaveBeenCalledWith(file);
    expect(text(element.querySelector('[data-testid="admin-import-summary"]'))).toBe(
      '2 dòng, 1 dòng cần sửa',
    );
    expect(text(element.querySelector('[data-testid="admin-import-row-3"]'))).toContain('đã có người dùng');
    const create = Array.from(element.querySelectorAll('[data-testid="admin-people-import"] button')).at(-1);
    expect((create as HTMLButtonElement).disabled).toBe(true);
    expect(api.importPeople).not.toHaveBeenCalled();
  });

  it('shows a reset one-time password once, to hand over', async () => {
    const { element, fixture } = await render();
    const buttons = element.querySelectorAll('[data-testid="admin-person-lan.nt"] button');
    (buttons[1] as HTMLButtonElement).click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(text(element.querySelector('[data-testid="admin-one-time-passwords"]'))).toContain('Mk1-mot-lan_');
  });

  it('confirms a provisional year from the announcement the admin names', async () => {
    const { element, api, fixture } = await render();
    const year = element.querySelector('[data-testid="admin-year-2027"]') as HTMLElement;
    expect(text(year.querySelector('summary'))).toBe('2027 — dự kiến');
    const source = year.querySelector('input') as HTMLInputElement;
    source.value = 'TB 1/TB-BNV';
    source.dispatchEvent(new Event('input'));
    (year.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(api.confirmYear).toHaveBeenCalledWith(2027, 'TB 1/TB-BNV');
    expect(text(year.querySelector('summary'))).toBe('2027 — đã xác nhận (TB 1/TB-BNV)');
  });

  it('saves the settings as chosen, "Trước ngày D" read as D itself', async () => {
    const { element, api, fixture } = await render();
    const section = element.querySelector('[data-testid="admin-settings"]') as HTMLElement;
    const sameDay = section.querySelector('input[value="same_day"]') as HTMLInputElement;
    sameDay.click();
    await fixture.whenStable();
    (section.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    fixture.detectChanges();
    expect(api.saveSettings).toHaveBeenCalledWith({
      reviewerUnitId: null,
      approverUnitId: 'u-vp',
      beforeDateReading: 'same_day',
      dueSoonWorkingDays: 3,
      digestHour: 7,
    });
    expect(text(section.querySelector('[role="status"]'))).toBe('Đã lưu thiết lập');
  });
});
