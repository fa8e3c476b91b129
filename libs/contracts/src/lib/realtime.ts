import type { BoardSectionDto, CardDto } from './boards';
import { HAND_TASK_EVENTS } from './hand-plans';
import type { NotificationDto } from './notifications';
import type { AuthExpiredMessage } from './session';
import type { TaskEventDto } from './tasks';

/** Rooms a client may join; the server authorises each join like a read of the same board. */
export type RoomName = `plan:${string}` | `ward:${string}` | `user:${string}`;

export function planRoom(planId: string): RoomName {
  return `plan:${planId}`;
}

/** Leadership boards watch a whole ward; joining is authorised like reading its leadership board. */
export function wardRoom(wardId: string): RoomName {
  return `ward:${wardId}`;
}

/** Every socket of a signed-in user joins their own room on connect: personal notifications go there. */
export function userRoom(userId: string): RoomName {
  return `user:${userId}`;
}

/** Which live message a change goes out as: a creation is `task.created`, every other change `task.changed`. */
export function taskMessageName(message: TaskChangedMessage): 'task.created' | 'task.changed' {
  return message.event.event === HAND_TASK_EVENTS.created ? 'task.created' : 'task.changed';
}

export interface TaskChangedMessage {
  card: CardDto;
  event: TaskEventDto;
}

/**
 * A ward's working calendar for a year was edited or confirmed: every due date of the ward may now
 * stand differently (timeliness, the "dự kiến" mark). Sent to the ward's plan boards and its
 * leadership room; a board reads its cards again rather than guess which ones changed.
 */
export interface CalendarChangedMessage {
  wardId: string;
  /** The year edited or confirmed; absent when the ward's holiday rules (every provisional year) changed. */
  year?: number;
}

/**
 * A plan's own facts changed (a revision renamed or added sections): sent to the plan's board after
 * the commit, with the sections as they now stand, so the board draws the new titles without
 * reading its cards again. The cards the revision changed go out as `task.changed`/`task.created`.
 */
export interface PlanChangedMessage {
  planId: string;
  wardId: string;
  sections: BoardSectionDto[];
}

export interface JoinPlanRequest {
  planId: string;
  /** The last event id the client saw; the answer carries everything newer. */
  since?: string | null;
}

/** Without a ward, the caller's own; another ward only when it is granted to the caller. */
export interface JoinWardRequest {
  wardId?: string;
}

export type JoinPlanAck =
  | {
      ok: true;
      missed: TaskChangedMessage[];
      tooFarBehind: boolean;
      /**
       * On a rejoin (with `since`): the plan's sections as they stand, since a `plan.changed` sent
       * while the socket was away is not replayed like the task changes are.
       */
      sections?: BoardSectionDto[];
    }
  | { ok: false; code: string; message: string };

export interface ServerToClientEvents {
  'task.changed': (message: TaskChangedMessage) => void;
  /**
   * A task appeared (added by hand, created by the scheduler): the same shape as `task.changed`,
   * its event `CREATE_TASK`, so a board adds the card and resumes from its event id like any other.
   */
  'task.created': (message: TaskChangedMessage) => void;
  'notification.created': (notification: NotificationDto) => void;
  /** The access token expired: the server closes the socket next; reconnect with a fresh token. */
  'auth.expired': (message: AuthExpiredMessage) => void;
  'calendar.changed': (message: CalendarChangedMessage) => void;
  'plan.changed': (message: PlanChangedMessage) => void;
}

export interface ClientToServerEvents {
  'plan.join': (request: JoinPlanRequest, ack: (answer: JoinPlanAck) => void) => void;
  'plan.leave': (request: { planId: string }) => void;
  'ward.join': (
    request: JoinWardRequest,
    ack: (answer: { ok: boolean; code?: string; message?: string }) => void,
  ) => void;
  /** Stops following a ward joined with `ward.join` (the user's own when `wardId` is absent). */
  'ward.leave': (request: JoinWardRequest) => void;
}

export const SOCKET_PATH = '/socket.io';
