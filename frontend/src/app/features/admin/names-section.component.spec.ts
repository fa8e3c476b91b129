import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ADMIN_API, type AdminUnitDto, type AdminUnitGroupDto, type NameUsesDto } from '@dondoc/contracts';
import { provideTestTranslations } from '../../../testing/translate';
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

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }): Promise<void> {
  for (let turn = 0; turn < 3; turn++) {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
  }
  fixture.detectChanges();
}

describe('NamesSectionComponent', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations()],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(NamesSectionComponent);
    fixture.detectChanges();
    answerLoad();
    await settle(fixture);
    return { fixture, root: fixture.nativeElement as HTMLElement };
  }

  function answerLoad(units = [VHXH]) {
    http.expectOne(ADMIN_API.units).flush(units);
    http.expectOne(ADMIN_API.groups).flush([GROUP]);
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
});
