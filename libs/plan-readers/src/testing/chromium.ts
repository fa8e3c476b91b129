import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function workspaceRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('plan-readers testing: workspace root (nx.json) not found');
    dir = parent;
  }
  return dir;
}

/**
 * Debian's Chromium with the project's flags (tools/chromium-flags.json, the file
 * @dondoc/test-support reads too; that library is not importable from an adapter library).
 */
export function launchPrintingChromium(): Promise<Browser> {
  const flags = JSON.parse(
    readFileSync(join(workspaceRoot(), 'tools/chromium-flags.json'), 'utf8'),
  ) as string[];
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: flags });
}

/** Chromium printing a page to PDF, as an e-office system's "export to PDF" does. */
export async function printPdf(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
  } finally {
    await page.close();
  }
}
