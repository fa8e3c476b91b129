import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CurrentUser, PlanSummaryDto } from '@dondoc/contracts';
import { provideTestTranslations } from '../../../testing/translate';
import { Session } from '../../core/auth/session';
import { PlansStore } from '../plans/plans.store';
import { ReportsApi } from './reports-api';
import { ReportsPage } from './reports.page';
import { OFFICE_UNIT, VHXH, aFigures, aPart, aResultFile, aRound } from './testing/report-factories';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

const PLAN: PlanSummaryDto = {
  id: 'plan-158',
  wardId: 'ward-hd',
  reviewerUnitId: VHXH,
  approverUnitId: OFFICE_UNIT,
  symbol: '158/KH-UBND',
  title: 'Kế hoạch CCHC năm 2026',
  year: 2026,
  beforeDateInclusive: false,
  taskCount: 3,
};

const OFFICE_USER: CurrentUser = {
  id: 'user-vp',
  username: 'vp',
  fullName: 'Nguyễn Văn Phòng',
  roles: ['unit_head'],
  ward: { id: 'ward-hd', code: 'HD', name: 'Phường Hải Dương' },
  unit: { id: OFFICE_UNIT, code: 'VP', name: 'Văn phòng HĐND và UBND' },
};

async function render(user: CurrentUser = OFFICE_USER) {
  const round = aRound({
    parts: [
      aPart({ state: 'submitted', files: [aResultFile()] }),
      aPart({ unitId: 'unit-b', unitName: 'Phòng B', state: 'accepted' }),
    ],
  });
  const api = {
    myParts: jest.fn().mockResolvedValue([]),
    planFigures: jest.fn().mockResolvedValue(aFigures()),
    rounds: jest.fn().mockResolvedValue([round]),
    round: jest.fn().mockResolvedValue(round),
    openRound: jest.fn().mockResolvedValue(round),
    resultFile: jest.fn().mockResolvedValue({ blob: new Blob(['pdf']), fileName: 'Biên bản kiểm tra.pdf' }),
    command: jest
      .fn()
      .mockResolvedValue({ ...aRound({ parts: [aPart({ state: 'returned', returns: 1 })] }), version: 4 }),
  };
  TestBed.configureTestingModule({
    imports: [ReportsPage],
    providers: [
      provideRouter([]),
      provideTestTranslations(),
      { provide: ReportsApi, useValue: api },
      { provide: Session, useValue: { user: signal(user), token: signal('token') } },
      { provide: PlansStore, useValue: { plans: signal([PLAN]), load: () => Promise.resolve([PLAN]) } },
    ],
  });
  const fixture = TestBed.createComponent(ReportsPage);
  await fixture.whenStable();
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { fixture, element, byTestId, api };
}

describe('ReportsPage', () => {
  it("shows the office's plan figures per unit as of the period's cut-off, ND09 by default", async () => {
    const { byTestId, api } = await render();
    expect(api.planFigures).toHaveBeenCalledWith('plan-158', expect.objectContaining({ basis: 'nd09' }));
    expect(text(byTestId('report-window'))).toBe('Từ 15/12/2025 đến 14/03/2026, số liệu tại ngày 14/03/2026');
    const row = byTestId(`figures-unit-${VHXH}`);
    expect(text(row?.querySelector('th'))).toBe('Phòng Văn hoá – Xã hội');
    expect(text(row?.querySelector('[data-category="in_progress_overdue"]'))).toBe('2');
    expect(text(byTestId('figures-overall')?.querySelector('.sum'))).toBe('10');
    expect(text(byTestId('figures-table')?.querySelector('thead'))).toContain('Đã hoàn thành quá hạn');
    expect((byTestId('send-by') as HTMLInputElement).value).toBe('14/03/2026');
  });

  it('opens a round with a send-by date typed dd/mm/yyyy, and refuses one that is not a date', async () => {
    const { fixture, byTestId, api } = await render();
    const input = byTestId('send-by') as HTMLInputElement;
    input.value = '31/02/2026';
    input.dispatchEvent(new Event('input'));
    byTestId('open-round')?.click();
    await fixture.whenStable();
    expect(api.openRound).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');

    input.value = '16/3/2026';
    input.dispatchEvent(new Event('input'));
    byTestId('open-round')?.click();
    await fixture.whenStable();
    expect(api.openRound).toHaveBeenCalledWith(
      expect.objectContaining({ planId: 'plan-158', sendBy: '2026-03-16', basis: 'nd09' }),
    );
    expect(text(byTestId('round-state'))).toBe('Đang thu thập báo cáo');
  });

  it('follows a round: the state of each part, and a return that needs a reason', async () => {
    const { fixture, byTestId, api } = await render();
    byTestId('round-item')?.click();
    await fixture.whenStable();
    expect(byTestId(`part-${VHXH}`)?.getAttribute('data-state')).toBe('submitted');
    expect(text(byTestId('part-unit-b'))).toContain('Đã tiếp nhận');
    expect(text(byTestId('compile-wait'))).toContain('đang chờ tiếp nhận');

    byTestId('return-part')?.click();
    await fixture.whenStable();
    const confirm = byTestId('confirm-return') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    const reason = byTestId('return-reason') as HTMLInputElement;
    reason.value = 'Thiếu số liệu nhiệm vụ 2';
    reason.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    confirm.click();
    await fixture.whenStable();
    expect(api.command).toHaveBeenCalledWith('round-1', {
      type: 'RETURN_PART',
      unitId: VHXH,
      payload: { reason: 'Thiếu số liệu nhiệm vụ 2' },
      expectedVersion: 3,
    });
    expect(byTestId(`part-${VHXH}`)?.getAttribute('data-state')).toBe('returned');
  });

  it("shows each part's result files for Văn phòng to download, and nothing to change them", async () => {
    const { fixture, byTestId, api } = await render();
    byTestId('round-item')?.click();
    await fixture.whenStable();
    const files = byTestId(`part-${VHXH}`)?.querySelector('[data-testid="part-files"]');
    expect(text(files?.querySelector('[data-testid="result-file"]'))).toContain('Biên bản kiểm tra.pdf');
    expect(files?.querySelector('[data-testid="remove-result-file"]')).toBeNull();
    expect(files?.querySelector('[data-testid="result-file-input"]')).toBeNull();
    expect(text(byTestId('part-unit-b')?.querySelector('[data-testid="part-files"]'))).toBe('Không có tệp');

    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:dondoc/1'), revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    files?.querySelector<HTMLButtonElement>('[data-testid="download-result-file"]')?.click();
    await fixture.whenStable();
    expect(api.resultFile).toHaveBeenCalledWith('round-1', aResultFile());
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  it('offers no office section to a unit that compiles no plan, but lists its own parts', async () => {
    const unitUser = {
      ...OFFICE_USER,
      roles: ['staff' as const],
      unit: { id: VHXH, code: 'VHXH', name: 'Phòng VHXH' },
    };
    const { byTestId, api } = await render(unitUser);
    expect(api.myParts).toHaveBeenCalled();
    expect(byTestId('no-office-plans')).not.toBeNull();
    expect(byTestId('figures-table')).toBeNull();
  });
});
