import type { TaskType } from '@dondoc/domain';
import { initialContext } from './context';
import type { WorkflowContext } from './types';

export interface PersistedWorkflow {
  state: string;
  context: WorkflowContext;
}

/** Turns a row written by version N into one readable by version N + 1. */
export type Migration = (persisted: PersistedWorkflow) => PersistedWorkflow;

/** Per type, keyed by the version a migration upgrades *from*. Empty while every type is at 1. */
export const MIGRATIONS: Record<TaskType, Record<number, Migration>> = {
  document: {},
  legal_document: {},
  periodic_report: {},
  target: {},
  ongoing: {},
  triggered: {},
};

/**
 * Brings a persisted workflow to the current version, one registered step at a time. Null when
 * the row is newer than this code or a step is missing: such a row must be refused, not guessed.
 */
export function upgrade(
  persisted: PersistedWorkflow,
  fromVersion: number,
  currentVersion: number,
  migrations: Record<number, Migration>,
): PersistedWorkflow | null {
  if (!Number.isInteger(fromVersion) || fromVersion > currentVersion) return null;
  let upgraded = persisted;
  for (let version = fromVersion; version < currentVersion; version++) {
    const migrate = migrations[version];
    if (migrate === undefined) return null;
    upgraded = migrate(upgraded);
  }
  return upgraded;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function arrayOr<T>(value: unknown, fallback: T[]): T[] {
  return Array.isArray(value) ? (value as T[]) : fallback;
}

/**
 * A context read back from JSON: fields missing from older rows get their defaults and list
 * fields that are not lists are reset, so guards never trip over a malformed row. Rows written
 * before four eyes have no submittedBy / reviewedBy: they read as unknown (null), which the
 * four-eyes guards let pass, since only the log knows who acted (replay() recomputes them).
 * No version bump: nothing persisted changes meaning.
 */
export function normaliseContext(stored: unknown): WorkflowContext {
  const defaults = initialContext();
  if (!isObject(stored)) return defaults;
  const merged = { ...defaults, ...(stored as Partial<WorkflowContext>) };
  return {
    ...merged,
    progress: arrayOr(merged.progress, []),
    consultees: arrayOr<unknown>(merged.consultees, []).filter((id): id is string => typeof id === 'string'),
    opinions: arrayOr<unknown>(merged.opinions, []).filter(isObject) as WorkflowContext['opinions'],
    extensions: arrayOr(merged.extensions, []),
    submittedBy: stringOrNull(merged.submittedBy),
    reviewedBy: stringOrNull(merged.reviewedBy),
  };
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
