import { TestBed } from '@angular/core/testing';
import type { CardDto } from '@dondoc/contracts';
import { aCard } from '../../../testing/factories';
import { provideTestTranslations } from '../../../testing/translate';
import { BoardColumnComponent } from './board-column.component';
import { HeightRegistry } from './virtual-item.directive';

const manyCards = (count: number): CardDto[] =>
  Array.from({ length: count }, (_, i) => aCard({ id: `t${i}`, ref: String(i + 1) }));

async function render(cards: CardDto[], inputs: Record<string, unknown> = {}) {
  TestBed.configureTestingModule({ imports: [BoardColumnComponent], providers: [provideTestTranslations()] });
  const fixture = TestBed.createComponent(BoardColumnComponent);
  fixture.componentRef.setInput('column', 'draft');
  fixture.componentRef.setInput('cards', cards);
  fixture.componentRef.setInput('movesOf', () => []);
  fixture.componentRef.setInput('acceptedIds', []);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const rendered = () =>
    Array.from(element.querySelectorAll<HTMLElement>('article')).map((card) => card.dataset['testid']);
  const dropzone = element.querySelector('[data-testid="column-draft"]') as HTMLElement;
  return { fixture, element, rendered, dropzone };
}

describe('BoardColumnComponent', () => {
  it('renders every card of a small board, with the count of the cards it was given', async () => {
    const { element, rendered } = await render(manyCards(40));
    expect(rendered()).toHaveLength(40);
    expect(element.querySelector('[data-testid="column-count-draft"]')?.textContent?.trim()).toBe('40');
  });

  it('on a big board keeps only the cards near the viewport in the DOM, and follows the scroll', async () => {
    const { fixture, rendered, dropzone } = await render(manyCards(10_000), { windowed: true });
    const first = rendered();
    expect(first[0]).toBe('card-1');
    expect(first.length).toBeGreaterThan(3);
    expect(first.length).toBeLessThan(20);
    // The spacer keeps the scroll height of all the cards.
    const items = dropzone.querySelector('.items') as HTMLElement;
    expect(parseFloat(items.style.paddingBottom)).toBeGreaterThan(1_000_000);

    dropzone.scrollTop = 150 * 5_000;
    dropzone.dispatchEvent(new Event('scroll'));
    await fixture.whenStable();
    const later = rendered();
    expect(later).toContain('card-5001');
    expect(later).not.toContain('card-1');
    expect(later.length).toBeLessThan(20);
    expect(parseFloat(items.style.paddingTop)).toBeGreaterThan(700_000);
  });

  it('uses measured heights once cards have been rendered', async () => {
    const { fixture, element, rendered } = await render(manyCards(1_000), { windowed: true });
    const registry = fixture.debugElement.injector.get(HeightRegistry);
    const slots = Array.from(element.querySelectorAll('.slot'));
    const before = rendered().length;
    registry.record(slots.map((target) => ({ target, height: 600 })));
    await fixture.whenStable();
    expect(rendered().length).toBeLessThan(before);
  });

  it('names its drop zone after its lane when it sits in a swimlane', async () => {
    const { element } = await render(manyCards(2), { lane: 'section-II', laneTitle: 'II. Cải cách' });
    const zone = element.querySelector<HTMLElement>('[data-testid="column-draft-lane-section-II"]');
    expect(zone?.dataset['column']).toBe('draft');
    expect(zone?.dataset['lane']).toBe('section-II');
    expect(element.querySelector('[data-testid="column-draft"]')).toBeNull();
    expect(element.querySelector('[data-testid="column-count-draft"]')).toBeNull();
  });
});
