import { readDeadlineCell } from '@dondoc/deadlines';
import type { ParsedTask, ParseWarning } from './types';

/**
 * Adds the problems a row shows beside its unit problems: a deadline that cannot be read or is
 * read only by a guess, and a numbering gap found on the row.
 */
export function attachRowProblems(tasks: ParsedTask[], numbering: ParseWarning[], year?: number): void {
  const gaps = new Map(numbering.map((warning) => [`${warning.row}|${warning.subject}`, warning]));
  for (const task of tasks) {
    const { deadline, confidence } = readDeadlineCell(
      task.deadlineText,
      year === undefined ? undefined : { year },
    );
    if (deadline.kind === 'unparsed') {
      task.problems.push({
        code: 'unreadable_deadline',
        field: 'deadline',
        subject: task.deadlineText,
        message:
          deadline.reason === 'empty'
            ? 'Chưa ghi thời hạn: hãy đặt thời hạn cho việc này.'
            : `Không đọc được thời hạn «${task.deadlineText}»: hãy đặt thời hạn bằng tay.`,
      });
    } else if (confidence === 'unsure') {
      task.problems.push({
        code: 'unsure_deadline',
        field: 'deadline',
        subject: task.deadlineText,
        message: `Thời hạn «${task.deadlineText}» chỉ được đoán từ một vài chữ; hãy kiểm tra và đặt lại nếu cần.`,
      });
    }
    const gap = gaps.get(`${task.sourceRow}|${task.number}`);
    if (gap)
      task.problems.push({
        code: 'numbering_gap',
        field: 'number',
        subject: task.number,
        message: gap.message,
      });
  }
}
