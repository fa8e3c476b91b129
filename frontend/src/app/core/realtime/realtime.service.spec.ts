import { TestBed } from '@angular/core/testing';
import type { JoinPlanAck, JoinPlanRequest, TaskChangedMessage } from '@dondoc/contracts';
import { aChange, aUser } from '../../../testing/factories';
import { AuthService } from '../auth/auth.service';
import { Session } from '../auth/session';
import { RealtimeService, type PlanWatch, type WardWatch } from './realtime.service';
import { SOCKET_FACTORY, type DondocSocket } from './socket-factory';

type Handler = (...args: unknown[]) => void;

/** Just enough of a Socket.IO client socket: the test plays the server. */
class FakeSocket {
  connected = false;
  active = true;
  readonly joins: JoinPlanRequest[] = [];
  readonly joinEvents: string[] = [];
  readonly leaves: string[] = [];
  private readonly handlers = new Map<string, Handler[]>();
  private readonly pendingAcks: ((error: Error | null, answer?: JoinPlanAck) => void)[] = [];

  constructor(readonly token: string) {}

  on(event: string, handler: Handler): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }

  timeout(): {
    emit: (event: string, request: JoinPlanRequest, ack: (e: Error | null, a?: JoinPlanAck) => void) => void;
  } {
    return {
      emit: (event, request, ack) => {
        this.joinEvents.push(event);
        this.joins.push(request);
        this.pendingAcks.push(ack);
      },
    };
  }

  emit(event: string, request: { planId: string }): void {
    if (event === 'plan.leave') this.leaves.push(request.planId);
  }

  connect(): void {
    this.serverAccepts();
  }

  disconnect(): void {
    this.connected = false;
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

  answerJoin(answer: JoinPlanAck): void {
    this.pendingAcks.shift()?.(null, answer);
  }

  serverSays(event: string, ...args: unknown[]): void {
    this.fire(event, ...args);
  }

  push(message: TaskChangedMessage): void {
    this.fire('task.changed', message);
  }

  private fire(event: string, ...args: unknown[]): void {
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }
}

function setUp() {
  const sockets: FakeSocket[] = [];
  const verifySession = jest.fn().mockResolvedValue(true);
  TestBed.configureTestingModule({
    providers: [
      { provide: AuthService, useValue: { verifySession } },
      {
        provide: SOCKET_FACTORY,
        useValue: (token: string) => {
          const socket = new FakeSocket(token);
          sockets.push(socket);
          return socket as unknown as DondocSocket;
        },
      },
    ],
  });
  localStorage.clear();
  const session = TestBed.inject(Session);
  session.start('jwt-1', aUser());
  const realtime = TestBed.inject(RealtimeService);
  return { realtime, session, sockets, verifySession };
}

type TestWatch = PlanWatch & { lastSeen: string | null };

function aWatch(overrides: Partial<PlanWatch> = {}): TestWatch {
  const watch: TestWatch = {
    planId: 'plan-158',
    lastSeen: '10',
    since: (): string | null => watch.lastSeen,
    onChange: jest.fn(),
    onMissed: jest.fn(),
    onTooFarBehind: jest.fn(),
    onRefused: jest.fn(),
    ...overrides,
  };
  return watch;
}

describe('RealtimeService', () => {
  it('opens one socket with the token and joins the plan from the last event seen', () => {
    const { realtime, sockets } = setUp();
    realtime.watch(aWatch());
    expect(sockets).toHaveLength(1);
    expect(sockets[0].token).toBe('jwt-1');

    sockets[0].serverAccepts();
    expect(sockets[0].joins).toEqual([{ planId: 'plan-158', since: '10' }]);
  });

  it('hands the missed changes of a join to the board', () => {
    const { realtime, sockets } = setUp();
    const watch = aWatch();
    realtime.watch(watch);
    sockets[0].serverAccepts();
    const missed = [aChange({}, { id: '11' })];
    sockets[0].answerJoin({ ok: true, missed, tooFarBehind: false });
    expect(watch.onMissed).toHaveBeenCalledWith(missed);
    expect(watch.onTooFarBehind).not.toHaveBeenCalled();
  });

  it.each<[string, JoinPlanAck, keyof PlanWatch]>([
    ['too far behind', { ok: true, missed: [], tooFarBehind: true }, 'onTooFarBehind'],
    ['refused', { ok: false, code: 'FORBIDDEN', message: 'Không được xem kế hoạch này' }, 'onRefused'],
  ])('tells the board when the join is %s', (_case, answer, callback) => {
    const { realtime, sockets } = setUp();
    const watch = aWatch();
    realtime.watch(watch);
    sockets[0].serverAccepts();
    sockets[0].answerJoin(answer);
    expect(watch[callback]).toHaveBeenCalled();
    expect(watch.onMissed).not.toHaveBeenCalled();
  });

  it('passes on the changes of the watched plan only', () => {
    const { realtime, sockets } = setUp();
    const watch = aWatch();
    realtime.watch(watch);
    sockets[0].serverAccepts();
    const mine = aChange({}, { id: '12' });
    sockets[0].push(mine);
    sockets[0].push(aChange({ planId: 'other-plan' }, { id: '13' }));
    expect(watch.onChange).toHaveBeenCalledTimes(1);
    expect(watch.onChange).toHaveBeenCalledWith(mine);
  });

  it('shows the loss, re-joins from the newest event after reconnecting and says it is back', () => {
    const { realtime, sockets } = setUp();
    const watch = aWatch();
    realtime.watch(watch);
    sockets[0].serverAccepts();
    expect(realtime.banner()).toBeNull();

    sockets[0].serverDrops();
    expect(realtime.banner()).toBe('lost');

    watch.lastSeen = '17';
    sockets[0].serverAccepts();
    expect(realtime.banner()).toBe('restored');
    expect(sockets[0].joins.map((join) => join.since)).toEqual(['10', '17']);
  });

  it.each([
    ['still valid: connects again', true, true],
    ['expired: stays closed (the auth service signs out)', false, false],
  ])('when the server closes the socket itself, checks the session; %s', async (_case, valid, reconnects) => {
    jest.useFakeTimers();
    try {
      const { realtime, sockets, verifySession } = setUp();
      verifySession.mockResolvedValue(valid);
      realtime.watch(aWatch());
      sockets[0].serverAccepts();
      sockets[0].serverDrops('io server disconnect');
      expect(realtime.banner()).toBe('lost');
      expect(verifySession).not.toHaveBeenCalled();

      await jest.advanceTimersByTimeAsync(5_000);
      expect(verifySession).toHaveBeenCalledTimes(1);
      expect(sockets[0].connected).toBe(reconnects);
    } finally {
      jest.useRealTimers();
    }
  });

  it('renews the session and reconnects at once, without a lost banner, when the token expired', async () => {
    jest.useFakeTimers();
    try {
      const { realtime, sockets, verifySession } = setUp();
      const watch = aWatch();
      realtime.watch(watch);
      sockets[0].serverAccepts();
      sockets[0].serverSays('auth.expired', { expiredAt: '2026-03-02T08:15:00.000Z' });
      sockets[0].serverDrops('io server disconnect');
      expect(realtime.banner()).toBeNull();

      await jest.advanceTimersByTimeAsync(0);
      expect(verifySession).toHaveBeenCalledTimes(1);
      expect(sockets[0].connected).toBe(true);
      // Joined again from the last event seen, so nothing of the gap is lost.
      expect(sockets[0].joins.at(-1)).toEqual({ planId: 'plan-158', since: '10' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('leaves the plan and closes the socket when the last board stops watching', () => {
    const { realtime, sockets } = setUp();
    const stop = realtime.watch(aWatch());
    sockets[0].serverAccepts();
    stop();
    expect(sockets[0].leaves).toEqual(['plan-158']);
    expect(sockets[0].connected).toBe(false);
  });

  it('closes the socket on sign-out and opens a new one with the next token', () => {
    const { realtime, session, sockets } = setUp();
    realtime.watch(aWatch());
    sockets[0].serverAccepts();

    session.end();
    TestBed.tick();
    expect(sockets[0].connected).toBe(false);

    session.start('jwt-2', aUser());
    realtime.watch(aWatch());
    expect(sockets.map((socket) => socket.token)).toEqual(['jwt-1', 'jwt-2']);
  });

  describe('ward watch (leadership board)', () => {
    const aWardWatch = (): Required<Omit<WardWatch, 'wardId'>> => ({
      onChange: jest.fn(),
      onJoined: jest.fn(),
      onRefused: jest.fn(),
    });

    it('joins the ward room, receives every change of the ward, and joins again after a reconnect', () => {
      const { realtime, sockets } = setUp();
      const ward = aWardWatch();
      realtime.watchWard(ward);
      sockets[0].serverAccepts();
      expect(sockets[0].joinEvents).toEqual(['ward.join']);
      expect(sockets[0].joins).toEqual([{}]);
      sockets[0].answerJoin({ ok: true } as JoinPlanAck);
      expect(ward.onJoined).toHaveBeenLastCalledWith(false);

      const a = aChange({ planId: 'plan-1' }, { id: '40' });
      const b = aChange({ planId: 'plan-2' }, { id: '41' });
      sockets[0].push(a);
      sockets[0].push(b);
      expect(ward.onChange).toHaveBeenCalledTimes(2);

      sockets[0].serverDrops();
      sockets[0].serverAccepts();
      sockets[0].answerJoin({ ok: true } as JoinPlanAck);
      expect(sockets[0].joinEvents).toEqual(['ward.join', 'ward.join']);
      expect(ward.onJoined).toHaveBeenLastCalledWith(true);
    });

    it('asks for a granted ward by id and passes on only that ward’s changes', () => {
      const { realtime, sockets } = setUp();
      const north = { ...aWardWatch(), wardId: 'ward-north' };
      realtime.watchWard(north);
      sockets[0].serverAccepts();
      expect(sockets[0].joins).toEqual([{ wardId: 'ward-north' }]);
      sockets[0].answerJoin({ ok: true } as JoinPlanAck);

      // The socket still sits in the room of the ward the leader looked at before.
      sockets[0].push(aChange({ wardId: 'ward-south' }, { id: '50' }));
      sockets[0].push(aChange({ wardId: 'ward-north' }, { id: '51' }));
      expect(north.onChange).toHaveBeenCalledTimes(1);
      expect(north.onChange).toHaveBeenCalledWith(
        expect.objectContaining({ event: expect.objectContaining({ id: '51' }) }),
      );
    });

    it('tells the page when the server refuses the ward', () => {
      const { realtime, sockets } = setUp();
      const ward = aWardWatch();
      realtime.watchWard(ward);
      sockets[0].serverAccepts();
      sockets[0].answerJoin({ ok: false, code: 'FORBIDDEN', message: 'Chỉ lãnh đạo được xem' });
      expect(ward.onRefused).toHaveBeenCalledWith('Chỉ lãnh đạo được xem');
      expect(ward.onJoined).not.toHaveBeenCalled();
    });

    it('closes the socket when the last watcher of any kind stops', () => {
      const { realtime, sockets } = setUp();
      const stopWard = realtime.watchWard(aWardWatch());
      const stopPlan = realtime.watch(aWatch());
      sockets[0].serverAccepts();
      stopPlan();
      expect(sockets[0].connected).toBe(true);
      stopWard();
      expect(sockets[0].connected).toBe(false);
    });
  });
});
