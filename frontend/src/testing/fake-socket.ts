import type { Provider } from '@angular/core';
import type { JoinPlanAck, JoinPlanRequest, NotificationDto, TaskChangedMessage } from '@dondoc/contracts';
import { type DondocSocket, SOCKET_FACTORY } from '../app/core/realtime/socket-factory';

type Handler = (...args: unknown[]) => void;
type JoinAck = (error: Error | null, answer?: JoinPlanAck) => void;

/** Just enough of a Socket.IO client socket for the app's realtime service: the test plays the server. */
export class FakeSocket {
  connected = false;
  active = true;
  /** The app closed the socket itself (sign-out), rather than the server dropping it. */
  closed = false;
  readonly joins: JoinPlanRequest[] = [];
  readonly joinEvents: string[] = [];
  readonly leaves: string[] = [];
  readonly wardLeaves: { wardId?: string }[] = [];
  private readonly handlers = new Map<string, Handler[]>();
  private readonly pendingAcks: JoinAck[] = [];

  constructor(readonly token: string) {}

  on(event: string, handler: Handler): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }

  /** Joins wait for `answerJoin`; a test that never answers sees them go unanswered. */
  timeout(): { emit: (event: string, request: JoinPlanRequest, ack: JoinAck) => void } {
    return {
      emit: (event, request, ack) => {
        this.joinEvents.push(event);
        this.joins.push(request);
        this.pendingAcks.push(ack);
      },
    };
  }

  emit(event: string, request: { planId: string } | { wardId?: string }): void {
    if (event === 'plan.leave' && 'planId' in request) this.leaves.push(request.planId);
    if (event === 'ward.leave') this.wardLeaves.push(request as { wardId?: string });
  }

  connect(): void {
    this.serverAccepts();
  }

  disconnect(): void {
    this.connected = false;
    this.closed = true;
  }

  removeAllListeners(): void {
    this.handlers.clear();
  }

  // --- the server's side ---
  serverAccepts(): void {
    this.connected = true;
    this.fire('connect');
  }

  serverDrops(reason = 'transport close'): void {
    this.connected = false;
    this.fire('disconnect', reason);
  }

  /** A connection attempt fails on the way (server down): Socket.IO tries again by itself. */
  serverUnreachable(): void {
    this.fire('connect_error', new Error('xhr poll error'));
  }

  answerJoin(answer: JoinPlanAck): void {
    this.pendingAcks.shift()?.(null, answer);
  }

  serverSays(event: string, ...args: unknown[]): void {
    this.fire(event, ...args);
  }

  /** A change of a task on a board the socket follows. */
  push(message: TaskChangedMessage): void {
    this.fire('task.changed', message);
  }

  pushNotification(notification: NotificationDto): void {
    this.fire('notification.created', notification);
  }

  private fire(event: string, ...args: unknown[]): void {
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }
}

/**
 * Puts `provider` in the TestBed and the app's realtime service opens fake sockets; `sockets`
 * holds each one it opened, oldest first.
 */
export function fakeSockets(): { sockets: FakeSocket[]; provider: Provider } {
  const sockets: FakeSocket[] = [];
  const provider: Provider = {
    provide: SOCKET_FACTORY,
    useValue: (token: string) => {
      const socket = new FakeSocket(token);
      sockets.push(socket);
      return socket as unknown as DondocSocket;
    },
  };
  return { sockets, provider };
}
