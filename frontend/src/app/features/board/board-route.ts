import { PLAN_PATH } from '../../routes.paths';

/**
 * A board opens with this many cards of every column (and every column's total), drawn at once;
 * the whole board follows in the background. A plan with no bigger column arrives whole at once.
 */
export const FIRST_CARDS_PER_COLUMN = 40;

/** The board page's code, loaded when the router needs it or earlier when the start address is a board. */
export const loadBoardPage = () => import('./board.page').then((module) => module.BoardPage);

const BOARD_ADDRESS = new RegExp(`^/${PLAN_PATH}/([^/?#;]+)`);

/** The plan a `/ke-hoach/<planId>` address opens, or null for any other address. */
export function planIdOfPath(path: string): string | null {
  const match = BOARD_ADDRESS.exec(path);
  return match ? decodeURIComponent(match[1]) : null;
}
