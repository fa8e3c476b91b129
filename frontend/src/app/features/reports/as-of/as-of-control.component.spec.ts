import { TestBed } from '@angular/core/testing';
import { provideTestTranslations } from '../../../../testing/translate';
import { AsOfControlComponent } from './as-of-control.component';
import { vietnamToday } from './as-of-day';

function render(day: string | null) {
  TestBed.configureTestingModule({ imports: [AsOfControlComponent], providers: [provideTestTranslations()] });
  const fixture = TestBed.createComponent(AsOfControlComponent);
  fixture.componentRef.setInput('day', day);
  const asked: (string | null)[] = [];
  fixture.componentInstance.changed.subscribe((value) => asked.push(value));
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const type = (text: string) => {
    const input = element.querySelector<HTMLInputElement>('[data-testid="as-of-input"]');
    if (!input) throw new Error('no date field');
    input.value = text;
    input.dispatchEvent(new Event('input'));
    element.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    fixture.detectChanges();
    return input;
  };
  return { fixture, element, asked, type };
}

describe('AsOfControlComponent', () => {
  it('asks for the day typed as dd/mm/yyyy', () => {
    const { asked, type, element } = render(null);
    expect(element.querySelector('[data-testid="as-of-banner"]')).toBeNull();
    type('30/06/2026');
    expect(asked).toEqual(['2026-06-30']);
  });

  it('refuses a date that is not one, or one to come, and says why', () => {
    const { asked, type, element } = render(null);
    const input = type('31/06/2026');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('dd/mm/yyyy');
    const [year, month, day] = vietnamToday().split('-').map(Number);
    type(`${day}/${month}/${year + 1}`);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('hôm nay');
    expect(asked).toEqual([]);
  });

  it('shows the banner of a board as of a day, read-only, with the way back to live', () => {
    const { element, asked } = render('2026-06-30');
    const banner = element.querySelector('[data-testid="as-of-banner"]');
    expect(banner?.getAttribute('role')).toBe('status');
    expect(banner?.textContent).toContain('Đang xem tại ngày 30/06/2026 — chỉ đọc');
    element.querySelector<HTMLButtonElement>('[data-testid="as-of-live"]')?.click();
    expect(asked).toEqual([null]);
  });
});
