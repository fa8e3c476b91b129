import { TestBed } from '@angular/core/testing';
import type { CardDto, MoveOptionDto } from '@dondoc/contracts';
import { aCard } from '../../../testing/factories';
import { provideTestTranslations } from '../../../testing/translate';
import { BoardCardComponent } from './board-card.component';

async function render(card: CardDto, moves: MoveOptionDto[] = []) {
  TestBed.configureTestingModule({ imports: [BoardCardComponent], providers: [provideTestTranslations()] });
  const fixture = TestBed.createComponent(BoardCardComponent);
  fixture.componentRef.setInput('card', card);
  fixture.componentRef.setInput('moves', moves);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return { fixture, element, article: element.querySelector('article') as HTMLElement };
}

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('BoardCardComponent', () => {
  it('carries the hooks the end-to-end tests use', async () => {
    const { article } = await render(aCard({ id: 'task-9', ref: '3', column: 'submitted', version: 4 }));
    expect(article.dataset).toMatchObject({
      testid: 'card-3',
      taskId: 'task-9',
      column: 'submitted',
      version: '4',
    });
    expect(article.getAttribute('tabindex')).toBe('0');
  });

  it('shows the lead, the cooperators and the due date as dd/mm/yyyy', async () => {
    const { element } = await render(
      aCard({
        leadUnitCode: 'PVHCC',
        cooperatorUnitCodes: ['VP', 'VHXH'],
        deadlineText: 'Quý I/2026',
        due: '2026-03-31',
      }),
    );
    expect(text(element.querySelector('.lead'))).toBe('PVHCC');
    expect(text(element.querySelector('.cooperators'))).toBe('VP, VHXH');
    expect(text(element.querySelector('.deadline-text'))).toBe('Quý I/2026');
    expect(text(element.querySelector('.due'))).toBe('31/03/2026');
  });

  it.each([
    ['a badge in words, not its key', aCard({ badge: 'consultation' }), '.badge', 'Đang lấy ý kiến'],
    ['the primary lead warning', aCard({ needsPrimaryLead: true }), '.warning', 'Cần chọn đơn vị chủ trì'],
    ['the progress of its children', aCard({ childCount: 9, childApprovedCount: 7 }), '.children', '7/9'],
  ])('shows %s when set', async (_case, card, selector, expected) => {
    const { element } = await render(card);
    expect(text(element.querySelector(selector))).toBe(expected);
  });

  it.each([
    ['no badge', '.badge'],
    ['no warning', '.warning'],
    ['no child progress', '.children'],
  ])('shows %s on a plain card', async (_case, selector) => {
    const { element } = await render(aCard());
    expect(element.querySelector(selector)).toBeNull();
  });

  it('lists the allowed targets in its move menu and reports the choice', async () => {
    const moves: MoveOptionDto[] = [
      { event: 'SUBMIT', to: 'submitted', needs: [] },
      { event: 'CANCEL', to: 'cancelled', needs: ['reason'] },
    ];
    const { fixture, element } = await render(aCard({ ref: '5' }), moves);
    const chosen: MoveOptionDto[] = [];
    fixture.componentInstance.moveChosen.subscribe((move) => chosen.push(move));

    element.querySelector<HTMLButtonElement>('[data-testid="move-menu-5"]')?.click();
    await fixture.whenStable();
    const options = Array.from(element.querySelectorAll<HTMLButtonElement>('[role="menuitem"]'));
    expect(options.map((option) => [option.dataset['testid'], text(option)])).toEqual([
      ['move-option-submitted', 'Đã trình'],
      ['move-option-cancelled', 'Đã huỷ'],
    ]);

    options[1].click();
    await fixture.whenStable();
    expect(chosen).toEqual([moves[1]]);
    expect(element.querySelector('[role="menu"]')).toBeNull();
  });

  it('cannot be dragged when it has nowhere to go', async () => {
    const { article } = await render(aCard(), []);
    expect(article.getAttribute('draggable')).toBe('false');
  });

  it.each([
    ['overdue', 'Quá hạn'],
    ['due_soon', 'Sắp đến hạn'],
    ['on_track', 'Đúng tiến độ'],
    ['done_on_time', 'Hoàn thành đúng hạn'],
    ['done_late', 'Hoàn thành quá hạn'],
    ['not_due', 'Chưa đến hạn'],
    ['cancelled', 'Đã huỷ'],
  ] as const)('reads "%s" without colour: an icon and "%s"', async (timeliness, label) => {
    const { article } = await render(aCard({ timeliness }));
    expect(article.dataset['timeliness']).toBe(timeliness);
    const badge = article.querySelector('dd-timeliness-badge');
    expect(text(badge?.querySelector('.text') ?? null)).toBe(label);
    expect(badge?.querySelector('.icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(text(badge?.querySelector('.icon') ?? null)).not.toBe('');
  });

  it('offers a selection checkbox only where bulk moves are possible, and reports its changes', async () => {
    const { fixture, element } = await render(aCard({ ref: '4' }));
    expect(element.querySelector('[data-testid="card-select-4"]')).toBeNull();

    fixture.componentRef.setInput('selectable', true);
    await fixture.whenStable();
    const changes: boolean[] = [];
    fixture.componentInstance.selectionChanged.subscribe((selected) => changes.push(selected));
    const box = element.querySelector<HTMLInputElement>('[data-testid="card-select-4"]');
    expect(box?.getAttribute('aria-label')).toBe('Chọn nhiệm vụ 4');
    box?.click();
    expect(changes).toEqual([true]);
  });

  it('is only shown where it is not interactive: no move menu, no drag', async () => {
    TestBed.configureTestingModule({ imports: [BoardCardComponent], providers: [provideTestTranslations()] });
    const fixture = TestBed.createComponent(BoardCardComponent);
    fixture.componentRef.setInput('card', aCard({ ref: '6' }));
    fixture.componentRef.setInput('moves', [{ event: 'SUBMIT', to: 'submitted', needs: [] }]);
    fixture.componentRef.setInput('interactive', false);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('[data-testid="move-menu-6"]')).toBeNull();
    expect(element.querySelector('article')?.getAttribute('draggable')).toBe('false');
  });
});
