import type { Page } from 'playwright-core';

/** WCAG 2.5.5: a thumb's target is at least 44 × 44 CSS px. */
export const MIN_TOUCH_PX = 44;

/**
 * Every control shown on the page whose touch target is smaller than 44 × 44 px, described as
 * `tag[test-id].class "text" w×h` so a failure names it. A checkbox's target is the label around
 * it (the label toggles it); controls not drawn (display: none, folded away) are left out.
 */
export function smallTouchTargets(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate(
    ({ min, scope }) => {
      const root = document.querySelector(scope);
      if (!root) return [`${scope} is missing`];
      const targets = new Set<Element>();
      for (const control of Array.from(root.querySelectorAll('button, select, input, a[href]'))) {
        if (control instanceof HTMLInputElement && control.type === 'hidden') continue;
        const box = control instanceof HTMLInputElement && control.type === 'checkbox';
        targets.add(box ? (control.closest('label') ?? control) : control);
      }
      const small: string[] = [];
      for (const target of targets) {
        const { width, height } = target.getBoundingClientRect();
        if (width === 0 && height === 0) continue;
        if (getComputedStyle(target).visibility === 'hidden') continue;
        // Half a pixel of rounding: 2.75rem is 44 px exactly.
        if (width >= min - 0.5 && height >= min - 0.5) continue;
        const testId = target.getAttribute('data-testid');
        const text = (target.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
        small.push(
          `${target.tagName.toLowerCase()}${testId ? `[${testId}]` : ''}.${String(target.className)} "${text}" ${Math.round(width)}×${Math.round(height)}`,
        );
      }
      return small;
    },
    { min: MIN_TOUCH_PX, scope },
  );
}
