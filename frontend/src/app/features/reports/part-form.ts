import type { ResultFileDto, RoundDto, RoundPartDto, RoundTaskDto } from '@dondoc/contracts';

export interface PartLine {
  task: RoundTaskDto;
  result: string;
}

/** The unit's part of a round, or null when the round asks nothing of that unit. */
export function partOf(round: RoundDto, unitId: string | null): RoundPartDto | null {
  return round.parts.find((part) => part.unitId === unitId) ?? null;
}

/** One line per task of the part, in the part's order, with the result saved so far. */
export function partLines(round: RoundDto, part: RoundPartDto): PartLine[] {
  const tasks = new Map(round.tasks.map((task) => [task.id, task]));
  const results = new Map(part.results.map((result) => [result.taskId, result.result]));
  return part.taskIds.flatMap((taskId) => {
    const task = tasks.get(taskId);
    return task ? [{ task, result: results.get(taskId) ?? '' }] : [];
  });
}

/**
 * The command payload of the lines as written. Files are attached and removed on their own; the
 * server records which ones each save carried.
 */
export function resultsPayload(lines: readonly PartLine[]): { results: object[] } {
  return { results: lines.map((line) => ({ taskId: line.task.id, result: line.result })) };
}

/** The files attached to the part's result of one task, oldest first. */
export function filesOf(part: RoundPartDto, taskId: string): ResultFileDto[] {
  return part.files.filter((file) => file.taskId === taskId);
}
