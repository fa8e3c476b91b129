import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_WARDS } from './lib/wards';

/**
 * The plans folder beside this file. It stays right when a bundler folds this file into the
 * backend's main.js as long as the plans are copied next to it; otherwise pass `dir`.
 */
export const DEFAULT_SEED_PLANS_DIR = join(__dirname, 'plans');

export function seedPlanFileNames(): string[] {
  return DEMO_WARDS.flatMap((ward) => ward.plans.map((plan) => plan.file));
}

/**
 * Reads one seed plan as UTF-8 text. Only the shipped file names are accepted, so a caller cannot
 * turn this into a reader of arbitrary paths.
 */
export function readSeedPlanText(file: string, dir: string = DEFAULT_SEED_PLANS_DIR): string {
  if (!seedPlanFileNames().includes(file)) {
    throw new Error(`Unknown seed plan "${file}"; expected one of: ${seedPlanFileNames().join(', ')}`);
  }
  return readFileSync(join(dir, file), 'utf8');
}
