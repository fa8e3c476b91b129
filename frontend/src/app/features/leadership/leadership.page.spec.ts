import { DeferBlockBehavior, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { LeadershipBoardDto, LeadershipWardDto } from '@dondoc/contracts';
import { aChange, aLeadershipBoard, aTickerItem, someCounts } from '../../../testing/factories';
import { provideTestTranslations } from '../../../testing/translate';
import { DondocApi } from '../../core/api/dondoc-api';
import { RealtimeService, type WardWatch } from '../../core/realtime/realtime.service';
import { REFRESH_DEBOUNCE_MS } from './leadership-store';
import { LeadershipPage } from './leadership.page';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

const HOME: LeadershipWardDto = { id: 'ward-hd', code: 'HD', name: 'Phường Hải Dương', home: true };

async function render(board: LeadershipBoardDto = aLeadershipBoard(), wards: LeadershipWardDto[] = [HOME]) {
  const leadership = jest.fn<Promise<LeadershipBoardDto>, [string?]>().mockResolvedValue(board);
  const leadershipWards = jest.fn<Promise<LeadershipWardDto[]>, []>().mockResolvedValue(wards);
  const watches: WardWatch[] = [];
  TestBed.configureTestingModule({
    // The chart is a deferred block that loads echarts; these tests read the board itself.
    deferBlockBehavior: DeferBlockBehavior.Manual,
    imports: [LeadershipPage],
    providers: [
      provideRouter([]),
      provideTestTranslations(),
      { provide: DondocApi, useValue: { leadership, leadershipWards } },
      {
        provide: RealtimeService,
        useValue: { watchWard: (watch: WardWatch) => (watches.push(watch), () => undefined) },
      },
    ],
  });
  const fixture = TestBed.createComponent(LeadershipPage);
  await fixture.whenStable();
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => element.querySelector(`[data-testid="${id}"]`);
  return { fixture, element, byTestId, leadership, watches };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LeadershipPage', () => {
  it('names each unit in words with its code as a hint, and says what the figures count', async () => {
    const { byTestId } = await render();
    expect(text(byTestId('leadership-unit-VHXH'))).toBe('Phòng Văn hoá – Xã hội (VHXH)');
    expect(byTestId('leadership-unit-VHXH')?.querySelector('.unit-code')?.textContent?.trim()).toBe('(VHXH)');
    expect(text(byTestId('leadership-explain'))).toContain('không tính nhiệm vụ cha');
  });

  it('shows a comment on the ticker as a comment, not as a move from a state to itself', async () => {
    const comment = aTickerItem({ eventId: '30', event: 'COMMENT', fromState: 'draft', toState: 'draft' });
    const { byTestId } = await render(aLeadershipBoard({ ticker: [comment] }));
    expect(text(byTestId('ticker-how'))).toBe('Bình luận');
  });

  it('names a task a revised plan amended, as it names every correction, not by its raw event', async () => {
    const amended = aTickerItem({ eventId: '31', event: 'AMEND_PLAN', fromState: 'draft', toState: 'draft' });
    const { byTestId } = await render(aLeadershipBoard({ ticker: [amended] }));
    expect(text(byTestId('ticker-how'))).toBe('Sửa theo kế hoạch sửa đổi: Dự thảo → Dự thảo');
  });

  it('shows the counts per unit and timeliness, the totals, the attention list and the ticker', async () => {
    const { element, byTestId } = await render();
    expect(byTestId('leadership-board')).not.toBeNull();
    expect(text(byTestId('leadership-count-VHXH-overdue'))).toBe('2');
    expect(text(byTestId('leadership-count-VP-due_soon'))).toBe('1');
    expect(text(byTestId('leadership-count-VP-overdue'))).toBe('0');
    expect(text(byTestId('leadership-total-overdue'))).toBe('2');
    expect(text(byTestId('leadership-total-on_track'))).toBe('3');
    expect(text(byTestId('leadership-total-all'))).toBe('6');
    expect(text(element.querySelector('thead'))).toContain('Quá hạn');

    const attention = element.querySelectorAll('[data-testid="attention-item"]');
    expect(attention).toHaveLength(1);
    expect(text(attention[0])).toContain('Quá hạn');
    expect(text(attention[0])).toContain('Hạn 05/01/2026');
    expect(attention[0].querySelector('a')?.getAttribute('href')).toBe('/ke-hoach/plan-158?q=4');

    expect(element.querySelectorAll('[data-testid="ticker-item"]')).toHaveLength(1);
  });

  it('counts cancelled tasks apart: in their own column, outside the total', async () => {
    const { element, byTestId } = await render(
      aLeadershipBoard({
        totals: someCounts({ on_track: 3, cancelled: 2 }),
        units: [
          {
            unit: { id: 'unit-vhxh', code: 'VHXH', name: 'Phòng Văn hoá – Xã hội' },
            counts: someCounts({ on_track: 3, cancelled: 2 }),
          },
        ],
      }),
    );
    expect(text(byTestId('leadership-count-VHXH-cancelled'))).toBe('2');
    expect(text(byTestId('leadership-unit-total-VHXH'))).toBe('3');
    expect(text(byTestId('leadership-total-cancelled'))).toBe('2');
    expect(text(byTestId('leadership-total-all'))).toBe('3');
    expect(text(element.querySelector('thead'))).toContain('Đã huỷ (đếm riêng)');
    expect(text(byTestId('leadership-explain'))).toContain('Nhiệm vụ đã huỷ không tính vào tổng');
  });

  it('shows no ward tabs to a leader of one ward', async () => {
    const { byTestId } = await render();
    expect(byTestId('leadership-wards')).toBeNull();
  });

  it('gives a city-level leader a tab per ward, and no plan links in a ward not their own', async () => {
    const north: LeadershipWardDto = { id: 'ward-nc', code: 'NC', name: 'Phường Nhị Chiểu', home: false };
    const { fixture, element, byTestId, leadership } = await render(aLeadershipBoard(), [HOME, north]);
    const tabs = Array.from(element.querySelectorAll<HTMLAnchorElement>('[data-testid^="leadership-ward-"]'));
    expect(tabs.map((tab) => [tab.dataset['testid'], tab.getAttribute('href')])).toEqual([
      ['leadership-ward-HD', '/'],
      ['leadership-ward-NC', '/?ward=NC'],
    ]);
    expect(text(tabs[0])).toBe('Phường Hải Dương phường của tôi');
    expect(byTestId('leadership-ward-HD')?.getAttribute('aria-current')).toBe('page');

    leadership.mockResolvedValue(
      aLeadershipBoard({ ward: { id: 'ward-nc', code: 'NC', name: 'Phường Nhị Chiểu' } }),
    );
    tabs[1].click();
    await fixture.whenStable();
    await fixture.whenStable();
    expect(leadership).toHaveBeenLastCalledWith('ward-nc');
    expect(byTestId('leadership-ward-NC')?.getAttribute('aria-current')).toBe('page');
    expect(text(element.querySelector('.meta .ward'))).toBe('Phường Nhị Chiểu');
    const attention = element.querySelector('[data-testid="attention-item"]');
    expect(attention?.querySelector('a')).toBeNull();
    expect(text(attention)).toContain('4 Báo cáo kết quả cải cách hành chính quý I');
  });

  it('applies a live change: ticker first, then the refetched counts, one refetch per burst', async () => {
    const { fixture, element, byTestId, leadership, watches } = await render();
    leadership.mockResolvedValue(
      aLeadershipBoard({
        totals: someCounts({ on_track: 2, overdue: 3, due_soon: 1 }),
        units: [
          {
            unit: { id: 'unit-vhxh', code: 'VHXH', name: 'Phòng Văn hoá – Xã hội' },
            counts: someCounts({ on_track: 1, overdue: 3 }),
          },
        ],
      }),
    );

    watches[0].onChange(aChange({ ref: '9', title: 'Rà soát thủ tục' }, { id: '20' }));
    watches[0].onChange(aChange({ ref: '8', title: 'Số hoá hồ sơ' }, { id: '21' }));
    await fixture.whenStable();
    const ticker = element.querySelectorAll('[data-testid="ticker-item"]');
    expect(ticker).toHaveLength(3);
    expect(text(ticker[0])).toContain('8 Số hoá hồ sơ');
    expect(text(byTestId('leadership-total-overdue'))).toBe('2');

    await sleep(REFRESH_DEBOUNCE_MS + 50);
    await fixture.whenStable();
    expect(leadership).toHaveBeenCalledTimes(2);
    expect(text(byTestId('leadership-total-overdue'))).toBe('3');
    expect(text(byTestId('leadership-count-VHXH-overdue'))).toBe('3');
  });
});
