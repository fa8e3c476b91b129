/** One dependency's answer: it answered, it failed or was too slow, or this process does not use it. */
export type DependencyState = 'up' | 'down' | 'not_configured';

export interface ReadinessDto {
  status: 'ready' | 'not_ready';
  checks: Record<string, DependencyState>;
  /** The dependencies that are down, by name. */
  failed: string[];
}

/** A dependency's probe: resolves when it answers; null when this process does not use it. */
export type Probe = (() => Promise<unknown>) | null;

export const PROBE_TIMEOUT_MS = 2000;

async function stateOf(probe: Probe, timeoutMs: number): Promise<DependencyState> {
  if (!probe) return 'not_configured';
  let timer: NodeJS.Timeout | undefined;
  const tooSlow = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
  });
  try {
    await Promise.race([probe(), tooSlow]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

/** Runs every probe at once; ready only when each configured dependency answers in time. */
export async function checkReadiness(
  probes: Record<string, Probe>,
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<ReadinessDto> {
  const names = Object.keys(probes);
  const states = await Promise.all(names.map((name) => stateOf(probes[name], timeoutMs)));
  const checks = Object.fromEntries(names.map((name, index) => [name, states[index]]));
  const failed = names.filter((_, index) => states[index] === 'down');
  return { status: failed.length === 0 ? 'ready' : 'not_ready', checks, failed };
}
