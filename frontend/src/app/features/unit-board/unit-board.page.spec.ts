import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AskedPartDto, TaskDetailDto, UnitBoardDto } from '@dondoc/contracts';
import { aUnitCard } from '../../../testing/factories';
import { provideTestTranslations } from '../../../testing/translate';
import { DondocApi } from '../../core/api/dondoc-api';
import { DeliverablesApi } from '../board/deliverables/deliverables-api';
import { CollaborationApi } from '../board/drawer/collaboration-api';
import { ReportsApi } from '../reports/reports-api';
import { GROUP_PAGE, UnitBoardPage } from './unit-board.page';

const TASK_DETAIL: TaskDetailDto = {
  card: aUnitCard({ id: 'b', ref: '1', planId: 'plan-226' }),
  content: 'Rà soát, đơn giản hoá thủ tục hành chính',
  type: 'document',
  deliverable: 'Báo cáo',
  budgetText: '',
  leadUnitIds: ['unit-vhxh'],
  context: {},
  moves: [],
  history: [],
};

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

function aUnitBoard(groups: UnitBoardDto['groups']): UnitBoardDto {
  return { unit: { id: 'unit-vhxh', code: 'VHXH', name: 'Phòng Văn hoá – Xã hội' }, groups };
}

async function render(board: UnitBoardDto, askedParts: AskedPartDto[] = []) {
  TestBed.configureTestingModule({
    imports: [UnitBoardPage],
    providers: [
      provideRouter([]),
      provideTestTranslations(),
      {
        provide: DondocApi,
        useValue: {
          unitBoard: jest.fn().mockResolvedValue(board),
          task: jest.fn().mockResolvedValue(TASK_DETAIL),
          plans: jest.fn().mockResolvedValue([]),
        },
      },
      { provide: ReportsApi, useValue: { myParts: jest.fn().mockResolvedValue(askedParts) } },
      // The drawer's sections read on their own; these specs are about the unit board.
      { provide: DeliverablesApi, useValue: { list: jest.fn().mockRejectedValue(new Error('none')) } },
      {
        provide: CollaborationApi,
        useValue: {
          opinions: jest.fn().mockRejectedValue(new Error('none')),
          myDelegations: jest.fn().mockResolvedValue({ given: [], received: [] }),
        },
      },
    ],
  });
  const fixture = TestBed.createComponent(UnitBoardPage);
  await fixture.whenStable();
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

describe('UnitBoardPage', () => {
  it('shows the report parts Văn phòng asks of the unit as cards leading to their part forms', async () => {
    const { element } = await render(aUnitBoard([]), [
      {
        roundId: 'round-1',
        planId: 'plan-226',
        planTitle: 'Kế hoạch CCHC năm 2026',
        periodLabel: 'Quý I/2026',
        sendBy: '2026-03-10',
        unitId: 'unit-vhxh',
        state: 'returned',
        returnReason: 'Thiếu số liệu',
      },
    ]);
    const asked = element.querySelector('[data-testid="unit-asked-parts"]');
    expect(text(asked?.querySelector('h2'))).toBe('Báo cáo Văn phòng đề nghị');
    const card = asked?.querySelector('[data-testid="my-part"]');
    expect(card?.getAttribute('data-state')).toBe('returned');
    expect(text(card?.querySelector('a'))).toBe('Kế hoạch CCHC năm 2026 — Quý I/2026');
    expect(card?.querySelector('a')?.getAttribute('href')).toBe('/bao-cao/phan/round-1');
    expect(text(card)).toContain('10/03/2026');
    expect(text(card)).toContain('Thiếu số liệu');
  });

  it('shows no asked reports section when the unit is asked for nothing', async () => {
    const { element } = await render(aUnitBoard([]));
    expect(element.querySelector('[data-testid="unit-asked-parts"]')).toBeNull();
  });

  it('shows every group in the workflow order with its Vietnamese title and its cards', async () => {
    const { element } = await render(
      aUnitBoard([
        { key: 'done', cards: [aUnitCard({ id: 'd', ref: '9', timeliness: 'done_late' })] },
        {
          key: 'to_do',
          cards: [
            aUnitCard({ id: 'a', ref: '1', timeliness: 'overdue' }),
            aUnitCard({ id: 'b', ref: '2' }, { relation: 'cooperator', planTitle: 'Kế hoạch chuyển đổi số' }),
          ],
        },
      ]),
    );
    const groups = Array.from(
      element.querySelectorAll<HTMLElement>('[data-testid^="unit-group-"]:not([data-testid*="count"])'),
    );
    expect(groups.map((group) => [group.dataset['testid'], text(group.querySelector('h2'))])).toEqual([
      ['unit-group-to_do', 'Cần thực hiện'],
      ['unit-group-to_fix', 'Cần sửa theo yêu cầu'],
      ['unit-group-to_give_opinion', 'Cần cho ý kiến'],
      ['unit-group-waiting_for_others', 'Chờ đơn vị khác'],
      ['unit-group-done', 'Đã xong'],
    ]);
    expect(text(element.querySelector('[data-testid="unit-group-count-to_do"]'))).toBe('2');

    const toDo = groups[0];
    const cards = Array.from(toDo.querySelectorAll<HTMLElement>('article'));
    expect(cards.map((card) => [card.dataset['testid'], card.dataset['timeliness']])).toEqual([
      ['card-plan-158-1', 'overdue'],
      ['card-plan-158-2', 'on_track'],
    ]);
    expect(text(toDo.querySelectorAll('.entry')[1]?.querySelector('.context'))).toBe(
      'Phối hợp Kế hoạch chuyển đổi số',
    );
    expect(toDo.querySelector('.plan')?.getAttribute('href')).toBe('/ke-hoach/plan-158?q=1');
    // Shown, not moved here: no move menu, no drag.
    expect(toDo.querySelector('[data-testid^="move-menu-"]')).toBeNull();
    expect(text(groups[1])).toContain('Không có nhiệm vụ');
  });

  it('keeps test ids unique when two plans use the same ref, and opens a card’s details', async () => {
    const { fixture, element } = await render(
      aUnitBoard([
        {
          key: 'to_do',
          cards: [aUnitCard({ id: 'a', ref: '1' }), aUnitCard({ id: 'b', ref: '1', planId: 'plan-226' })],
        },
      ]),
    );
    const ids = Array.from(element.querySelectorAll<HTMLElement>('[data-testid^="card-"]')).map(
      (node) => node.dataset['testid'],
    );
    expect(ids).toEqual([
      'card-plan-158-1',
      'card-details-plan-158-1',
      'card-plan-226-1',
      'card-details-plan-226-1',
    ]);
    expect(element.querySelector('[data-testid="task-drawer"]')).toBeNull();

    element.querySelector<HTMLButtonElement>('[data-testid="card-details-plan-226-1"]')?.click();
    await fixture.whenStable();
    await fixture.whenStable();
    const drawer = element.querySelector('[data-testid="task-drawer"]');
    expect(text(drawer)).toContain('Rà soát, đơn giản hoá thủ tục hành chính');
    element.querySelector<HTMLButtonElement>('[data-testid="drawer-close"]')?.click();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="task-drawer"]')).toBeNull();
  });

  it('shows a long group a page at a time', async () => {
    const many = Array.from({ length: GROUP_PAGE + 5 }, (_, i) =>
      aUnitCard({ id: `t${i}`, ref: String(i + 1) }),
    );
    const { fixture, element } = await render(aUnitBoard([{ key: 'done', cards: many }]));
    const done = () => element.querySelector('[data-testid="unit-group-done"]') as HTMLElement;
    expect(done().querySelectorAll('article')).toHaveLength(GROUP_PAGE);

    element.querySelector<HTMLButtonElement>('[data-testid="unit-group-more-done"]')?.click();
    await fixture.whenStable();
    expect(done().querySelectorAll('article')).toHaveLength(GROUP_PAGE + 5);
  });
});
