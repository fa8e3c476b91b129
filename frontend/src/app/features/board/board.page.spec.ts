import type { BoardDto, MyDelegationsDto } from '@dondoc/contracts';
import { type ApiAnswers, NO_CARDS, open } from '../../../testing/board-page';
import { aBoard, aCard, aChange, aPlan, aUser } from '../../../testing/factories';
import { SEARCH_DEBOUNCE_MS } from './board-filters.component';

describe('BoardPage filters and swimlanes', () => {
  it('applies the filters of the URL, counts per column included', async () => {
    const { shownRefs, byTestId } = await open('/ke-hoach/plan-158?q=ke%20hoach&timeliness=overdue');
    expect(shownRefs()).toEqual(['card-1']);
    expect(byTestId('column-count-draft')?.textContent?.trim()).toBe('1');
    expect(byTestId<HTMLInputElement>('filter-search')?.value).toBe('ke hoach');
    expect(byTestId<HTMLSelectElement>('filter-timeliness')?.value).toBe('overdue');
    expect(byTestId('filter-summary')?.textContent?.trim()).toBe('Hiển thị 1/3 nhiệm vụ');
  });

  it('puts a filter chosen in the bar into the URL, and the same URL gives the same board', async () => {
    const { router, shownRefs, byTestId, settle } = await open('/ke-hoach/plan-158');
    expect(shownRefs()).toEqual(['card-1', 'card-3', 'card-2']);

    const unit = byTestId<HTMLSelectElement>('filter-unit') as HTMLSelectElement;
    unit.value = 'VP';
    unit.dispatchEvent(new Event('change'));
    await settle();
    expect(router.url).toBe('/ke-hoach/plan-158?unit=VP');
    expect(shownRefs()).toEqual(['card-2']);

    byTestId<HTMLButtonElement>('filter-clear')?.click();
    await settle();
    expect(router.url).toBe('/ke-hoach/plan-158');
    expect(shownRefs()).toHaveLength(3);
  });

  it('sends the search to the URL once typing settles', async () => {
    const { router, shownRefs, byTestId, settle } = await open('/ke-hoach/plan-158');
    const search = byTestId<HTMLInputElement>('filter-search') as HTMLInputElement;
    search.value = 'dao tao';
    search.dispatchEvent(new Event('input'));
    await settle();
    expect(router.url).toBe('/ke-hoach/plan-158');

    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 20));
    await settle();
    expect(router.url).toBe('/ke-hoach/plan-158?q=dao%20tao');
    expect(shownRefs()).toEqual(['card-2']);
  });

  it('"my tasks" keeps what my unit leads or cooperates on', async () => {
    const { shownRefs } = await open('/ke-hoach/plan-158?mine=1');
    expect(shownRefs()).toEqual(['card-1', 'card-3']);
  });

  it('draws swimlanes by section from the URL, with the column counts on top', async () => {
    const { element, byTestId } = await open('/ke-hoach/plan-158?lanes=section');
    const lanes = Array.from(element.querySelectorAll<HTMLElement>('section.lane'));
    expect(lanes.map((lane) => lane.dataset['testid'])).toEqual(['lane-section-I', 'lane-section-II']);
    expect(lanes[1].querySelector('.lane-name')?.textContent?.trim()).toBe('II. Cải cách thủ tục hành chính');
    const laneDraft = byTestId('column-draft-lane-section-II');
    expect(
      Array.from(laneDraft?.querySelectorAll('article') ?? []).map((card) => card.dataset['testid']),
    ).toEqual(['card-3']);
    expect(byTestId('column-count-draft')?.textContent?.trim()).toBe('2');
    expect(byTestId('column-draft')).toBeNull();
  });

  it('shows the bulk bar once cards are ticked', async () => {
    const { byTestId, settle } = await open('/ke-hoach/plan-158');
    expect(byTestId('bulk-bar')).toBeNull();
    byTestId<HTMLInputElement>('card-select-1')?.click();
    byTestId<HTMLInputElement>('card-select-3')?.click();
    await settle();
    expect(byTestId('bulk-count')?.textContent?.trim()).toBe('Đã chọn 2 nhiệm vụ');
    byTestId<HTMLButtonElement>('bulk-clear')?.click();
    await settle();
    expect(byTestId('bulk-bar')).toBeNull();
  });
});

describe('BoardPage on a big board', () => {
  const first = aBoard({
    plan: aPlan({ taskCount: 5 }),
    cards: [aCard({ id: 'a', ref: '1', version: 1 }), aCard({ id: 'b', ref: '2', version: 1 })],
    cursor: '10',
    columnTotals: { ...NO_CARDS, draft: 4, approved: 1 },
  });
  const whole = aBoard({
    plan: aPlan({ taskCount: 5 }),
    cards: [
      aCard({ id: 'a', ref: '1', version: 1 }),
      aCard({ id: 'b', ref: '2', version: 1 }),
      aCard({ id: 'c', ref: '3', version: 1 }),
      aCard({ id: 'd', ref: '4', version: 1 }),
      aCard({ id: 'e', ref: '5', version: 2, column: 'approved', state: 'approved' }),
    ],
    cursor: '12',
  });

  it('draws the first cards with the server’s counts, then the whole board once it arrives', async () => {
    let deliverWhole: (value: BoardDto) => void = () => undefined;
    const { element, shownRefs, byTestId, settle, api } = await open('/ke-hoach/plan-158', {
      boardStart: async () => first,
      board: () => new Promise<BoardDto>((resolve) => (deliverWhole = resolve)),
    });
    expect(api.boardStart).toHaveBeenCalledWith('plan-158', 40);
    expect(shownRefs()).toEqual(['card-1', 'card-2']);
    expect(byTestId('column-count-draft')?.textContent?.trim()).toBe('4');
    expect(byTestId('column-count-approved')?.textContent?.trim()).toBe('1');
    expect(byTestId('filter-summary')?.textContent?.trim()).toBe('Hiển thị 5/5 nhiệm vụ');
    expect(byTestId('board-loading-rest')).not.toBeNull();
    expect(byTestId('board')?.hasAttribute('data-board-ready')).toBe(true);
    expect(byTestId('board')?.hasAttribute('data-board-complete')).toBe(false);

    deliverWhole(whole);
    await settle();
    expect(shownRefs()).toEqual(['card-1', 'card-2', 'card-3', 'card-4', 'card-5']);
    expect(byTestId('column-count-draft')?.textContent?.trim()).toBe('4');
    expect(byTestId('board-loading-rest')).toBeNull();
    expect(element.querySelector('[data-board-complete]')).not.toBeNull();
  });

  it('keeps the first cards usable and offers a retry when the rest fails to load', async () => {
    let fail = true;
    const { shownRefs, byTestId, settle } = await open('/ke-hoach/plan-158', {
      boardStart: async () => first,
      board: async () => {
        if (fail) throw new Error('network');
        return whole;
      },
    });
    expect(shownRefs()).toEqual(['card-1', 'card-2']);
    expect(byTestId('board-loading-rest')?.textContent).toContain('Chưa tải được');
    fail = false;
    byTestId('board-loading-rest')?.querySelector('button')?.click();
    await settle();
    expect(shownRefs()).toHaveLength(5);
    expect(byTestId('board-loading-rest')).toBeNull();
  });
});

describe('BoardPage for a stand-in', () => {
  // The plan's approver unit is the office (unit-vp): its approver is away and delegated to a clerk.
  const clerk = aUser({
    id: 'user-clerk',
    fullName: 'Lê Văn C',
    roles: ['staff'],
    unit: { id: 'unit-vp', code: 'VP', name: 'Văn phòng HĐND&UBND' },
  });
  const approver = {
    id: 'user-approver',
    username: 'hd.approver',
    fullName: 'Nguyễn Văn A',
    unitId: 'unit-vp',
    roles: ['approver' as const],
  };
  const delegation = (active: boolean): MyDelegationsDto => ({
    given: [],
    received: [
      {
        id: 'delegation-1',
        from: approver,
        to: {
          id: clerk.id,
          username: clerk.username,
          fullName: clerk.fullName,
          unitId: 'unit-vp',
          roles: ['staff'],
        },
        startsOn: '2026-03-01',
        endsOn: '2026-03-08',
        createdAt: '2026-03-01T01:00:00.000Z',
        revokedAt: null,
        active,
      },
    ],
  });
  const reviewed = aCard({ id: 'r', ref: '4', version: 6, state: 'reviewed', column: 'reviewed' });
  const withReviewed: ApiAnswers = {
    boardStart: async () => aBoard({ cards: [reviewed], columnTotals: { ...NO_CARDS, reviewed: 1 } }),
    board: async () => aBoard({ cards: [reviewed] }),
  };
  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

  async function openMenu(byTestId: (id: string) => HTMLElement | null, settle: () => Promise<void>) {
    byTestId('move-menu-4')?.click();
    await settle();
  }

  it('offers the approval from the board, says for whom, and sends it on their behalf', async () => {
    const { byTestId, settle, api, collaboration } = await open('/ke-hoach/plan-158', withReviewed, {
      user: clerk,
      myDelegations: async () => delegation(true),
    });
    api.transition.mockResolvedValue(aChange({ id: 'r', version: 7, state: 'approved', column: 'approved' }));
    await settle();
    expect(collaboration.myDelegations).toHaveBeenCalledTimes(1);

    await openMenu(byTestId, settle);
    expect(text(byTestId('move-option-approved'))).toBe('Đã duyệt (thay mặt Nguyễn Văn A)');
    byTestId('move-option-approved')?.click();
    await settle();

    expect(text(byTestId('move-dialog')?.querySelector('h2'))).toBe(
      'Chuyển nhiệm vụ 4 sang Đã duyệt (thay mặt Nguyễn Văn A)',
    );
    for (const [testId, value] of [
      ['issuedNumber-input', '20/QĐ-UBND'],
      ['issuedOn-input', '02/03/2026'],
    ]) {
      const input = byTestId(testId) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    byTestId('dialog-confirm')?.click();
    await settle();

    expect(api.transition).toHaveBeenCalledWith('r', {
      event: 'APPROVE',
      expectedVersion: 6,
      payload: { issuedNumber: '20/QĐ-UBND', issuedOn: '2026-03-02' },
      onBehalfOf: 'user-approver',
    });
  });

  it('draws the cards without waiting for the delegations; the stand-in moves come when they do', async () => {
    let deliver: (mine: MyDelegationsDto) => void = () => undefined;
    const { shownRefs, byTestId, settle } = await open('/ke-hoach/plan-158', withReviewed, {
      user: clerk,
      myDelegations: () => new Promise((resolve) => (deliver = resolve)),
    });
    expect(shownRefs()).toEqual(['card-4']);
    expect(byTestId('board')?.hasAttribute('data-board-ready')).toBe(true);
    await openMenu(byTestId, settle);
    expect(byTestId('move-option-approved')).toBeNull();

    deliver(delegation(true));
    await settle();
    expect(text(byTestId('move-option-approved'))).toBe('Đã duyệt (thay mặt Nguyễn Văn A)');
  });

  it.each([
    ['the delegation is no longer in force', async () => delegation(false)],
    [
      'the delegations could not be read',
      async (): Promise<MyDelegationsDto> => {
        throw new Error('network');
      },
    ],
  ])('offers only the clerk’s own moves when %s', async (_case, myDelegations) => {
    const { byTestId, settle } = await open('/ke-hoach/plan-158', withReviewed, {
      user: clerk,
      myDelegations,
    });
    await settle();
    await openMenu(byTestId, settle);
    expect(byTestId('move-option-approved')).toBeNull();
    expect(text(byTestId('move-menu-4')?.parentElement?.querySelector('.none'))).toBe(
      'Bạn không có thao tác nào với nhiệm vụ này',
    );
  });
});
