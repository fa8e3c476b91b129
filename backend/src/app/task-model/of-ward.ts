/**
 * The rows that belong to the ward. Rows asked for by id are looked up by primary key alone and
 * their ward checked here: with `ward_id = ? AND id IN (…)` SQLite walks the ward's index (every
 * task of the ward) instead of looking the ids up — 85 ms instead of under 1 ms for 100 ids in a
 * ward of 100,000 tasks.
 */
export function ofWard<T extends { wardId: string }>(rows: readonly T[], wardId: string): T[] {
  return rows.filter((row) => row.wardId === wardId);
}
