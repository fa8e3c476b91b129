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
    ['a badge', aCard({ badge: 'Lấy ý kiến' }), '.badge', 'Lấy ý kiến'],
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
});
