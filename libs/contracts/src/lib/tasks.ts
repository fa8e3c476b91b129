import type { BoardColumn, TaskType } from '@dondoc/domain';
import type { CardDto } from './boards';

export interface TransitionRequest {
  event: string;
  /** The task version the client saw; a stale one is refused with 409. */
  expectedVersion: number;
  comment?: string;
  payload?: Record<string, unknown>;
  /** A stand-in acting for the user who delegated to them (ủy quyền): that user's id. */
  onBehalfOf?: string;
}

export interface TaskEventDto {
  id: string;
  taskId: string;
  planId: string;
  event: string;
  fromState: string;
  toState: string;
  version: number;
  comment: string | null;
  payload: Record<string, unknown> | null;
  actor: { id: string; name: string; unitCode: string | null; role: string | null };
  at: string;
}

export interface MoveOptionDto {
  event: string;
  to: BoardColumn;
  needs: string[];
}

export interface TaskDetailDto {
  card: CardDto;
  content: string;
  type: TaskType;
  deliverable: string;
  budgetText: string;
  leadUnitIds: string[];
  context: Record<string, unknown>;
  moves: MoveOptionDto[];
  history: TaskEventDto[];
}

export interface TransitionResponse {
  card: CardDto;
  event: TaskEventDto;
}
