import type { ParsedTask, ParseWarning } from './types';

const LAST_PART = /(\d+)$/;

/**
 * Warns where the printed numbering skips or repeats (…, 3.12, 3.14, …): usually a row the
 * reader lost or a typo in the plan, either way something a person should look at. Each level
 * counts on its own; sub-tasks numbered under their task ("3.1", "3.2" under 3) count per task;
 * a new section may go on from the last number or start again at 1.
 */
export function checkNumbering(tasks: ParsedTask[]): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  const numberOfRef = new Map(tasks.map((task) => [task.ref, task.number]));
  const previous = new Map<string, { number: string; value: number; sectionKey: string | null }>();
  for (const task of tasks) {
    const match = LAST_PART.exec(task.number);
    if (!match) continue;
    const value = Number(match[1]);
    const parentNumber = task.parentRef ? numberOfRef.get(task.parentRef) : undefined;
    const nested = !!parentNumber && task.number.startsWith(`${parentNumber}.`);
    const counter = nested ? `under:${task.parentRef}` : task.level;
    const before = previous.get(counter);
    const expected = before ? before.value + 1 : 1;
    const restarted = before !== undefined && before.sectionKey !== task.sectionKey && value === 1;
    if (value !== expected && !restarted) {
      warnings.push({
        row: task.sourceRow,
        code: 'numbering_gap',
        message: before
          ? `Dòng ${task.sourceRow}: sau số ${before.number} là ${task.number}; kiểm tra xem có dòng nào bị thiếu hoặc đánh số nhầm.`
          : `Dòng ${task.sourceRow}: việc đầu tiên mang số ${task.number} thay vì bắt đầu từ 1.`,
        subject: task.number,
      });
    }
    previous.set(counter, { number: task.number, value, sectionKey: task.sectionKey });
  }
  return warnings;
}
