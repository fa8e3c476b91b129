import type { ParsedTask, ParseWarning, TaskLevel } from './types';

const LAST_PART = /(\d+)$/;

/**
 * Warns where the printed numbering skips or repeats (…, 3.12, 3.14, …): usually a row the
 * reader lost or a typo in the plan, either way something a person should look at.
 */
export function checkNumbering(tasks: ParsedTask[]): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  const previous = new Map<TaskLevel, { number: string; value: number }>();
  for (const task of tasks) {
    const match = LAST_PART.exec(task.number);
    if (!match) continue;
    const value = Number(match[1]);
    const before = previous.get(task.level);
    const expected = before ? before.value + 1 : 1;
    if (value !== expected) {
      warnings.push({
        row: task.sourceRow,
        code: 'numbering_gap',
        message: before
          ? `Dòng ${task.sourceRow}: sau số ${before.number} là ${task.number}; kiểm tra xem có dòng nào bị thiếu hoặc đánh số nhầm.`
          : `Dòng ${task.sourceRow}: việc đầu tiên mang số ${task.number} thay vì bắt đầu từ 1.`,
        subject: task.number,
      });
    }
    previous.set(task.level, { number: task.number, value });
  }
  return warnings;
}
