import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { Type } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTestTranslations } from './translate';

/** An element's text with its white space folded, as a reader sees it. */
export const text = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/g, ' ').trim();

/** Lets the component's awaits run out, rendering what each turn left. */
export async function settle(fixture: {
  whenStable(): Promise<unknown>;
  detectChanges(): void;
}): Promise<void> {
  for (let turn = 0; turn < 3; turn++) {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  }
}

/** Types into a box (or picks in a list) the way the browser tells Angular's forms. */
export function type(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
}

export interface RenderedSection<T> {
  readonly fixture: ComponentFixture<T>;
  readonly root: HTMLElement;
  readonly http: HttpTestingController;
}

/**
 * An admin section on the real HTTP client, its first requests answered by `answerLoad` (each
 * `http.expectOne(…).flush(…)`), settled and rendered. The spec calls `http.verify()` after each test.
 */
export async function renderSection<T>(
  component: Type<T>,
  answerLoad: (http: HttpTestingController) => void,
): Promise<RenderedSection<T>> {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations()],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(component);
  fixture.detectChanges();
  answerLoad(http);
  await settle(fixture);
  return { fixture, root: fixture.nativeElement as HTMLElement, http };
}
