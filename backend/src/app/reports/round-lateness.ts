import { vietnamDateOf } from '@dondoc/deadlines';

/** A hand-in counts late when it reached Văn phòng after the send-by day (Vietnam time). */
export function handedInLate(submittedAt: string | null, sendBy: string): boolean {
  const day = submittedAt === null ? null : vietnamDateOf(submittedAt);
  return day !== null && day > sendBy;
}
