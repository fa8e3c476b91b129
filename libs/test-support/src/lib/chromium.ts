import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { WORKSPACE_ROOT } from './built-app';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * The flags this closed network needs, in a JSON file that tools/screenshots.mjs (plain Node, no
 * TypeScript) reads too; read rather than imported, since the file lies outside this library.
 */
const CHROMIUM_FLAGS = JSON.parse(
  readFileSync(join(WORKSPACE_ROOT, 'tools/chromium-flags.json'), 'utf8'),
) as string[];

/** Debian's Chromium, never a downloaded build, with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}
