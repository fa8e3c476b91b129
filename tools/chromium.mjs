// Makes sure Debian's Chromium is installed for the browser tests, with the Liberation fonts the
// printed plans and reports are laid out in; never downloads a browser build.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Times New Roman's metric twin. Without it Chromium falls back to DejaVu Serif, whose wider
 * letters wrap table cells elsewhere, and the PDFs the tests print no longer read as their tables.
 */
const LIBERATION_SERIF = '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf';

export function ensureChromium() {
  const missing = [
    ...(existsSync(CHROMIUM) ? [] : ['chromium']),
    ...(existsSync(LIBERATION_SERIF) ? [] : ['fonts-liberation']),
  ];
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    throw new Error(
      `Missing for the browser tests: ${missing.join(', ')}. Install Debian's packages as root: apt-get update && apt-get install -y chromium fonts-liberation (or set CHROMIUM_PATH).`,
    );
  }
  console.log(`Missing for the browser tests: ${missing.join(', ')}: installing Debian's packages…`);
  execSync(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`,
    {
      stdio: 'inherit',
    },
  );
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get finished but ${CHROMIUM} is still missing`);
}
