import type { Page } from 'playwright-core';

/** The impacts an accessibility check refuses; minor and moderate ones are reported, not failed on. */
const BLOCKING = new Set(['serious', 'critical']);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

interface AxeWindow {
  axe?: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
}

/**
 * Runs axe-core in the page and answers its serious and critical violations, one line each with
 * where they are. The page's context must be created with `bypassCSP: true`: the app's Content
 * Security Policy rightly refuses the injected script otherwise.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const injected = await page.evaluate(() => typeof (window as AxeWindow).axe !== 'undefined');
  if (!injected) await page.addScriptTag({ path: require.resolve('axe-core') });
  const violations = await page.evaluate(async () => {
    const axe = (window as AxeWindow).axe;
    if (!axe) throw new Error('axe-core was not injected (is bypassCSP set on the context?)');
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
          .slice(0, 5)
          .map((node) => JSON.stringify(node.target))
          .join(', ')}`,
    );
}

/** Fails with axe's own words when the page has a serious or critical violation. */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const found = await seriousAccessibilityViolations(page);
  expect({ where, violations: found }).toEqual({ where, violations: [] });
}
