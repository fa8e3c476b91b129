import { readFileSync, writeFileSync } from 'node:fs';

/*
 * Memory of a process as Linux keeps it, for benchmarks that must say what a request costs in
 * memory as well as in time: the resident set now and at its peak, the peak reset between
 * measurements (writing 5 to clear_refs), and the app's heap and GC time from its own metrics.
 */

const MB = 1024 * 1024;

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((row) => row.startsWith(`${field}:`));
  return Number(line?.replace(/\D+/g, '') ?? NaN);
}

/** Starts a new peak of the resident set: VmHWM falls back to the present VmRSS. */
export function resetPeakRss(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/** The highest resident set since the last reset, in MB. */
export function peakRssMb(pid: number): number {
  return Math.round(statusKb(pid, 'VmHWM') / 1024);
}

/** What the app's Prometheus metrics say: V8 heap in use, and seconds spent in garbage collection so far. */
export async function appMemory(url: string): Promise<{ heapUsedMb: number; gcSeconds: number }> {
  const text = await (await fetch(`${url}/api/metrics`)).text();
  const sum = (name: string) =>
    text
      .split('\n')
      .filter((line) => line.startsWith(name) && !line.startsWith('#'))
      .reduce((total, line) => total + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
  return {
    heapUsedMb: Math.round(sum('nodejs_heap_size_used_bytes') / MB),
    gcSeconds: sum('nodejs_gc_duration_seconds_sum'),
  };
}
