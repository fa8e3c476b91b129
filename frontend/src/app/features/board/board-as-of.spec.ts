import { TestBed } from '@angular/core/testing';
import { board, open } from '../../../testing/board-page';
import { AsOfApi, type AsOfBoardDto } from '../reports/as-of/as-of-api';

/** The board as of 30/06/2026: card 1 was still in draft then, card 2 not yet created. */
const then: AsOfBoardDto = {
  ...board,
  day: '2026-06-30',
  asOf: '2026-06-30T16:59:59.999Z',
  cursor: null,
  cards: [board.cards[0], board.cards[2]].map((card) => ({ ...card, context: {}, lastEventId: null })),
};

function withAsOfApi() {
  const asOfApi = {
    planBoard: jest.fn(async (_planId: string, _day: string) => then),
    boardXlsx: jest.fn(async () => ({ blob: new Blob(['x']), fileName: 'Bảng.xlsx' })),
  };
  TestBed.overrideProvider(AsOfApi, { useValue: asOfApi });
  return asOfApi;
}

describe('the plan board as of a day', () => {
  it('reads the board of that day, shows the banner and follows nothing live', async () => {
    const asOfApi = withAsOfApi();
    const page = await open('/ke-hoach/plan-1?asOf=2026-06-30');
    expect(asOfApi.planBoard).toHaveBeenCalledWith('plan-1', '2026-06-30');
    expect(page.api.boardStart).not.toHaveBeenCalled();
    expect(page.realtime.options).toBeNull();
    expect(page.byTestId('as-of-banner')?.textContent).toContain('Đang xem tại ngày 30/06/2026 — chỉ đọc');
    expect(page.shownRefs()).toEqual(['card-1', 'card-3']);
    expect(page.byTestId('board')?.getAttribute('data-as-of')).toBe('2026-06-30');
  });

  it('is read-only: no card may be dragged or ticked, and a card opens no drawer', async () => {
    withAsOfApi();
    const page = await open('/ke-hoach/plan-1?asOf=2026-06-30');
    expect(page.element.querySelectorAll('.card.movable')).toHaveLength(0);
    expect(page.element.querySelectorAll('[data-testid^="card-select-"]')).toHaveLength(0);
    page.byTestId('card-details-1')?.click();
    await page.settle();
    expect(page.element.querySelector('dd-task-drawer')).toBeNull();
  });

  it('goes back to the live board, keeping the filters', async () => {
    withAsOfApi();
    const page = await open('/ke-hoach/plan-1?asOf=2026-06-30&unit=VHXH');
    page.byTestId('as-of-live')?.click();
    await page.settle();
    await page.settle();
    expect(page.router.url).toBe('/ke-hoach/plan-1?unit=VHXH');
    expect(page.api.boardStart).toHaveBeenCalledTimes(1);
    expect(page.realtime.options).not.toBeNull();
    expect(page.byTestId('as-of-banner')).toBeNull();
  });

  it('exports the view on screen: its filters and its day', async () => {
    const asOfApi = withAsOfApi();
    const page = await open('/ke-hoach/plan-1?asOf=2026-06-30&unit=VHXH&q=ke%20hoach&lanes=section');
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    page.byTestId('board-export')?.click();
    await page.settle();
    expect(asOfApi.boardXlsx).toHaveBeenCalledWith('plan-1', {
      unit: 'VHXH',
      section: null,
      type: null,
      timeliness: null,
      mine: null,
      q: 'ke hoach',
      asOf: '2026-06-30',
    });
  });
});
