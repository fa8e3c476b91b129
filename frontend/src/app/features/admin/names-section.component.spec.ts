import type { HttpTestingController } from '@angular/common/http/testing';
import { ADMIN_API, type AdminUnitDto, type AdminUnitGroupDto, type NameUsesDto } from '@dondoc/contracts';
import { renderSection, settle, text } from '../../../testing/admin-sections';
import { NamesSectionComponent } from './names-section.component';

const VHXH: AdminUnitDto = {
  id: 'u-vhxh',
  code: 'VHXH',
  name: 'Phòng Văn hóa – Xã hội',
  kind: 'specialist',
  aliases: ['Phòng VHXXH', 'Phòng VH-XH'],
  active: true,
};
const GROUP: AdminUnitGroupDto = {
  id: 'g-1',
  name: 'Các phòng chuyên môn',
  aliases: ['Các phòng, ban chuyên môn'],
  members: ['u-vhxh'],
};
const PLAN = { id: 'p-158', symbol: '158/KH-UBND', title: 'Kế hoạch CCHC năm 2026' };
const USES: NameUsesDto = {
  units: [
    {
      unitId: 'u-vhxh',
      uses: [
        { name: 'Phòng VHXXH', plans: [PLAN] },
        { name: 'Phòng VH-XH', plans: [] },
      ],
    },
  ],
  groups: [
    {
      groupId: 'g-1',
      uses: [
        { name: 'Các phòng chuyên môn', plans: [] },
        { name: 'Các phòng, ban chuyên môn', plans: [PLAN] },
      ],
    },
  ],
};

describe('NamesSectionComponent', () => {
  let http: HttpTestingController;

  async function render() {
    return renderSection(NamesSectionComponent, (testing) => {
      http = testing;
      answerLoad();
    });
  }

  function answerLoad(units = [VHXH], groups = [GROUP]) {
    http.expectOne(ADMIN_API.units).flush(units);
    http.expectOne(ADMIN_API.groups).flush(groups);
    http.expectOne(ADMIN_API.nameUses).flush(USES);
  }

  afterEach(() => http.verify());

  it('shows each alias and wording with the plans it was met in, and a group’s member units', async () => {
    const { root } = await render();
    const uses = (testId: string) =>
      Array.from(root.querySelectorAll(`[data-testid="${testId}"] .uses li`)).map((use) =>
        Array.from(use.querySelectorAll('span')).map((part) => text(part)),
      );
    expect(uses('names-unit-VHXH')).toEqual([
      ['«Phòng VHXXH»', 'gặp trong 158/KH-UBND'],
      ['«Phòng VH-XH»', 'chưa gặp trong kế hoạch nào'],
    ]);
    expect(uses('names-group-Các phòng chuyên môn')).toEqual([
      ['«Các phòng chuyên môn»', 'chưa gặp trong kế hoạch nào'],
      ['«Các phòng, ban chuyên môn»', 'gặp trong 158/KH-UBND'],
    ]);
    const group = root.querySelector('[data-testid="names-group-Các phòng chuyên môn"] > .meta');
    expect(text(group)).toBe('Đơn vị thành viên: VHXH');
  });

  it('removes an alias by sending the unit’s list without it', async () => {
    const { fixture, root } = await render();
    const remove = root.querySelector<HTMLButtonElement>(
      '[data-testid="names-unit-VHXH"] button[aria-label="Bỏ Phòng VH-XH"]',
    );
    remove?.click();
    const request = http.expectOne(ADMIN_API.unitAliases('u-vhxh'));
    expect(request.request.body).toEqual({ aliases: ['Phòng VHXXH'] });
    request.flush({ ...VHXH, aliases: ['Phòng VHXXH'] });
    await settle(fixture);
    answerLoad([{ ...VHXH, aliases: ['Phòng VHXXH'] }]);
    await settle(fixture);
  });

  it('creates a group with its name, ticked member units and wordings one a line', async () => {
    const { fixture, root } = await render();
    const form = root.querySelector('[data-testid="admin-group-form"]') as HTMLFormElement;
    const name = form.querySelector('input[name="groupName"]') as HTMLInputElement;
    name.value = ' Các phòng văn hóa ';
    name.dispatchEvent(new Event('input'));
    (form.querySelector('input[data-unit="VHXH"]') as HTMLInputElement).click();
    const wordings = form.querySelector('textarea') as HTMLTextAreaElement;
    wordings.value = 'Phòng VHXH và các đơn vị\n\n  Khối văn hóa  \nKhối văn hóa';
    wordings.dispatchEvent(new Event('input'));
    await settle(fixture);
    form.dispatchEvent(new Event('submit'));
    const request = http.expectOne((sent) => sent.url === ADMIN_API.groups && sent.method === 'POST');
    expect(request.request.body).toEqual({
      name: 'Các phòng văn hóa',
      aliases: ['Phòng VHXH và các đơn vị', 'Khối văn hóa'],
      members: ['u-vhxh'],
    });
    const created = { id: 'g-2', ...request.request.body };
    request.flush(created);
    await settle(fixture);
    answerLoad([VHXH], [GROUP, created]);
    await settle(fixture);
    expect(root.querySelector('[data-testid="names-group-Các phòng văn hóa"]')).not.toBeNull();
    expect(name.value).toBe('');
  });

  it('creates a group of every active unit, and shows a taken name as the server says it', async () => {
    const { fixture, root } = await render();
    const form = root.querySelector('[data-testid="admin-group-form"]') as HTMLFormElement;
    const name = form.querySelector('input[name="groupName"]') as HTMLInputElement;
    name.value = 'Các phòng chuyên môn';
    name.dispatchEvent(new Event('input'));
    (form.querySelector('input[name="allUnits"]') as HTMLInputElement).click();
    await settle(fixture);
    expect((form.querySelector('input[data-unit="VHXH"]') as HTMLInputElement).disabled).toBe(true);
    form.dispatchEvent(new Event('submit'));
    const request = http.expectOne((sent) => sent.url === ADMIN_API.groups && sent.method === 'POST');
    expect(request.request.body).toEqual({ name: 'Các phòng chuyên môn', aliases: [], members: 'all' });
    const message = 'Nhóm Các phòng chuyên môn đã có trong phường';
    request.flush({ code: 'VALIDATION_FAILED', message }, { status: 400, statusText: 'Bad Request' });
    await settle(fixture);
    expect(text(root.querySelector('[data-testid="admin-group-failure"]'))).toBe(message);
  });

  it('deletes a group only once the admin confirms, and cancelling sends nothing', async () => {
    const { fixture, root } = await render();
    const row = () => root.querySelector('[data-testid="names-group-Các phòng chuyên môn"]') as HTMLElement;
    const ask = () => row().querySelector<HTMLButtonElement>('[data-testid="group-delete"]');
    expect(ask()?.getAttribute('aria-label')).toBe('Xoá nhóm Các phòng chuyên môn');

    ask()?.click();
    await settle(fixture);
    const confirm = row().querySelector<HTMLButtonElement>('[data-testid="group-delete-confirm"]');
    expect(text(row().querySelector('[role="group"] p'))).toBe(
      'Xoá nhóm «Các phòng chuyên môn»? Các đơn vị thành viên vẫn giữ nguyên.',
    );
    expect(document.activeElement).toBe(confirm);
    Array.from(row().querySelectorAll<HTMLButtonElement>('[role="group"] button'))
      .find((button) => text(button) === 'Huỷ')
      ?.click();
    await settle(fixture);
    expect(document.activeElement).toBe(ask());

    ask()?.click();
    await settle(fixture);
    row().querySelector<HTMLButtonElement>('[data-testid="group-delete-confirm"]')?.click();
    const request = http.expectOne(ADMIN_API.group('g-1'));
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    answerLoad([VHXH], []);
    await settle(fixture);
    expect(root.querySelector('[data-testid="names-group-Các phòng chuyên môn"]')).toBeNull();
  });
});
