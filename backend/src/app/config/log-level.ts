import type { LevelWithSilent } from 'pino';

/** LOG_LEVEL accepts pino's names and, for older settings, Nest's (`log`, `verbose`). */
export const LOG_LEVELS = [
  'silent',
  'fatal',
  'error',
  'warn',
  'info',
  'log',
  'debug',
  'verbose',
  'trace',
] as const;
export type LogLevelSetting = (typeof LOG_LEVELS)[number];

const PINO_LEVEL_OF: Record<LogLevelSetting, LevelWithSilent> = {
  silent: 'silent',
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  info: 'info',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
  trace: 'trace',
};

export function pinoLevelOf(setting: LogLevelSetting): LevelWithSilent {
  return PINO_LEVEL_OF[setting];
}
