import type { CardDto } from './boards';
import type { TaskEventDto } from './tasks';

/** Rooms a client may join; the server authorises each join like a read of the same board. */
export type RoomName = `plan:${string}`;

export function planRoom(planId: string): RoomName {
  return `plan:${planId}`;
}

export interface TaskChangedMessage {
  card: CardDto;
  event: TaskEventDto;
}

export interface JoinPlanRequest {
  planId: string;
  /** The last event id the client saw; the answer carries everything newer. */
  since?: string | null;
}

export type JoinPlanAck =
  | { ok: true; missed: TaskChangedMessage[]; tooFarBehind: boolean }
  | { ok: false; code: string; message: string };

export interface ServerToClientEvents {
  'task.changed': (message: TaskChangedMessage) => void;
}

export interface ClientToServerEvents {
  'plan.join': (request: JoinPlanRequest, ack: (answer: JoinPlanAck) => void) => void;
  'plan.leave': (request: { planId: string }) => void;
}

export const SOCKET_PATH = '/socket.io';
