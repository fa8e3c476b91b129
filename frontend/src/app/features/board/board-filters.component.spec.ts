import { TestBed } from '@angular/core/testing';
import { provideTestTranslations } from '../../../testing/translate';
import { BoardFiltersComponent } from './board-filters.component';
import { type BoardView, DEFAULT_VIEW } from './board-view';

async function render(view: Partial<BoardView>) {
  TestBed.configureTestingModule({
    imports: [BoardFiltersComponent],
    providers: [provideTestTranslations()],
  });
  const fixture = TestBed.createComponent(BoardFiltersComponent);
  fixture.componentRef.setInput('view', { ...DEFAULT_VIEW, ...view });
  fixture.componentRef.setInput('units', []);
  fixture.componentRef.setInput('sections', []);
  fixture.componentRef.setInput('shown', 3);
  fixture.componentRef.setInput('total', 9);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const toggle = element.querySelector<HTMLButtonElement>('[data-testid="filters-toggle"]');
  return { fixture, element, toggle };
}

describe('BoardFiltersComponent on a phone', () => {
  it('folds the filters behind one button that counts those in force', async () => {
    const { fixture, element, toggle } = await render({ unit: 'VHXH', timeliness: 'overdue' });
    expect(toggle?.textContent?.trim()).toBe('Bộ lọc (2)');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(element.querySelector('form')?.classList.contains('folded')).toBe(true);

    toggle?.click();
    await fixture.whenStable();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(element.querySelector('form')?.classList.contains('folded')).toBe(false);
  });

  it('says only "Bộ lọc" when nothing is filtered', async () => {
    const { toggle } = await render({ lanes: 'section' });
    expect(toggle?.textContent?.trim()).toBe('Bộ lọc');
  });
});
