import type { BoardColumn } from '@dondoc/domain';
import { COLUMN_LABELS_VI } from '@dondoc/workflows';

/** The Vietnamese column names the UI shows: the workflow's own labels. */
export const COLUMN_VI: Record<BoardColumn, string> = COLUMN_LABELS_VI;

/** `move.moved`: what the toast and the live region say after a move. */
export const movedText = (ref: string, column: BoardColumn): string =>
  `Đã chuyển nhiệm vụ ${ref} sang ${COLUMN_VI[column]}`;

/** `move.conflict`: what the loser of a race is told. */
export const conflictText = (ref: string, column: BoardColumn): string =>
  `Người khác đã chuyển nhiệm vụ ${ref} trước bạn; nhiệm vụ hiện ở cột ${COLUMN_VI[column]}`;

/** `move.refused`: a refusal with the server's own reason. */
export const refusedText = (ref: string, reason: string): string =>
  `Không chuyển được nhiệm vụ ${ref}: ${reason}`;
