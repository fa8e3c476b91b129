import type { MoveOptionDto, TransitionRequest } from '@dondoc/contracts';

/** The colleague a stand-in acts for: the one who delegated to them (see `StandIns`). */
export interface ActingFor {
  id: string;
  name: string;
}

/**
 * A move as the board offers it: the workflow's move, made either with the user's own rights or,
 * when `onBehalfOf` is set, with the rights of a colleague who delegated to the user. Kept apart
 * from the API's `MoveOptionDto`, which only ever speaks of the caller's own moves.
 */
export type BoardMove = MoveOptionDto & { onBehalfOf?: ActingFor };

/** The request as the server must receive it: a stand-in's move names whom it is made for. */
export function actingRequest(move: BoardMove, request: TransitionRequest): TransitionRequest {
  return move.onBehalfOf ? { ...request, onBehalfOf: move.onBehalfOf.id } : request;
}

/** The names of those a move is made for, as the UI says them ("Nguyễn Văn A, Trần Thị B"). */
export function namesOf(people: readonly ActingFor[]): string {
  return people.map((person) => person.name).join(', ');
}
