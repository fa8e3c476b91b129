import type { HttpTestingController } from '@angular/common/http/testing';
import { CITY_API, type CityPersonDto, type CityWardDto } from '@dondoc/contracts';
import { renderSection, settle, text } from '../../../testing/admin-sections';
import { CitySectionComponent } from './city-section.component';

const HOME: CityWardDto = {
  id: 'w-tp',
  code: 'TP',
  name: 'UBND thành phố',
  province: 'Hải Phòng',
  home: true,
};
const NHI_CHIEU: CityWardDto = {
  id: 'w-nc',
  code: 'NC',
  name: 'Phường Nhị Chiểu',
  province: 'Hải Phòng',
  home: false,
};
const LEADER: CityPersonDto = {
  id: 'p-ld',
  username: 'lanhdao.tp',
  fullName: 'Lãnh đạo thành phố',
  roles: ['leader'],
  active: true,
  wardIds: [],
};

describe('CitySectionComponent', () => {
  let http: HttpTestingController;

  async function render() {
    const rendered = await renderSection(CitySectionComponent, (testing) => {
      testing.expectOne(CITY_API.wards).flush([HOME, NHI_CHIEU]);
      testing.expectOne(CITY_API.people).flush([LEADER]);
    });
    http = rendered.http;
    return rendered;
  }

  afterEach(() => http.verify());

  it('lists the wards within reach and offers each ward but the office to each person', async () => {
    const { root } = await render();
    expect(text(root.querySelector('[data-testid="city-ward-TP"]'))).toContain('Văn phòng thành phố');
    const boxes = root.querySelectorAll('[data-testid="city-grants-lanhdao.tp"] input[type="checkbox"]');
    expect(boxes).toHaveLength(1);
    expect(text(boxes[0].parentElement)).toBe('NC — Phường Nhị Chiểu');
  });

  it('grants a ward when its box is ticked and shows it ticked after the server’s answer', async () => {
    const { fixture, root } = await render();
    const box = root.querySelector<HTMLInputElement>('[data-testid="city-grants-lanhdao.tp"] input');
    box?.click();
    const request = http.expectOne(CITY_API.grant('p-ld', 'w-nc'));
    expect(request.request.method).toBe('PUT');
    request.flush({ userId: 'p-ld', wardId: 'w-nc', granted: true });
    await settle(fixture);
    expect(
      root.querySelector<HTMLInputElement>('[data-testid="city-grants-lanhdao.tp"] input')?.checked,
    ).toBe(true);
  });

  it('creates a ward and shows its admin’s one-time password once', async () => {
    const { fixture, root } = await render();
    const fill = (name: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(`[data-testid="city-ward-form"] [name="${name}"]`);
      if (!input) throw new Error(`no field ${name}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    fill('code', 'HL');
    fill('name', 'Phường Hạ Long');
    fill('adminUsername', 'Admin.HL');
    root.querySelector<HTMLFormElement>('[data-testid="city-ward-form"]')?.dispatchEvent(new Event('submit'));
    const request = http.expectOne(CITY_API.wards);
    expect(request.request.body).toMatchObject({
      code: 'HL',
      name: 'Phường Hạ Long',
      adminUsername: 'admin.hl',
    });
    const hl: CityWardDto = { id: 'w-hl', code: 'HL', name: 'Phường Hạ Long', province: '', home: false };
    request.flush({ ward: hl, adminUsername: 'admin.hl', oneTimePassword: 'Mk1-mot-lan_' });
    await settle(fixture);
    http.expectOne(CITY_API.wards).flush([HOME, NHI_CHIEU, hl]);
    http.expectOne(CITY_API.people).flush([LEADER]);
    await settle(fixture);
    const shown = text(root.querySelector('[data-testid="city-created-ward"] code'));
    expect(shown).toBe('Mk1-mot-lan_');
    expect(root.querySelector('[data-testid="city-ward-HL"]')).not.toBeNull();
  });
});
