import { TestBed } from '@angular/core/testing';
import type { JoinPlanAck } from '@dondoc/contracts';
import { aChange, aUser } from '../../../testing/factories';
import { FakeSocket, fakeSockets } from '../../../testing/fake-socket';
import { aNotification } from '../../../testing/notifications';
import { provideTestTranslations } from '../../../testing/translate';
import { AuthService } from '../auth/auth.service';
import { Session } from '../auth/session';
import { TokenStorage } from '../auth/token-storage';
import { LanguageService } from '../i18n/language.service';
import { RealtimeService, type PlanWatch, type WardWatch } from './realtime.service';
import { SOCKET_FACTORY } from './socket-factory';

function setUp() {
  const { sockets, provider: socketFactory } = fakeSockets();
  const verifySession = jest.fn().mockResolvedValue(true);
  TestBed.configureTestingModule({
    providers: [
      { provide: AuthService, useValue: { verifySession } },
      socketFactory,
      provideTestTranslations(),
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

  it('passes on a task created on the watched plan (task.created) like a change', () => {
    const { realtime, sockets } = setUp();
    const watch = aWatch();
    realtime.watch(watch);
    sockets[0].serverAccepts();
    const created = aChange({ state: 'draft', column: 'draft' }, { id: '12', event: 'CREATE_TASK' });
    sockets[0].serverSays('task.created', created);
    expect(watch.onChange).toHaveBeenCalledWith(created);
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

  it('leaves the plan when the board stops watching, and keeps the socket open for the bell', () => {
    const { realtime, sockets } = setUp();
    const watch = aWatch();
    const stop = realtime.watch(watch);
    sockets[0].serverAccepts();
    stop();
    expect(sockets[0].leaves).toEqual(['plan-158']);
    expect(sockets[0].connected).toBe(true);
    expect(realtime.connected()).toBe(true);

    sockets[0].push(aChange({}, { id: '14' }));
    expect(watch.onChange).not.toHaveBeenCalled();
  });

  it('closes the socket on sign-out and opens a new one with the next token', () => {
    const { realtime, session, sockets } = setUp();
    TestBed.tick();
    sockets[0].serverAccepts();

    session.end();
    TestBed.tick();
    expect(sockets[0].connected).toBe(false);
    expect(realtime.connected()).toBe(false);

    session.start('jwt-2', aUser());
    TestBed.tick();
    expect(sockets.map((socket) => socket.token)).toEqual(['jwt-1', 'jwt-2']);
  });

  describe('the app’s one connection', () => {
    it('opens at sign-in without any board, and a board then joins on that same socket', () => {
      const { realtime, sockets } = setUp();
      TestBed.tick();
      expect(sockets.map((socket) => socket.token)).toEqual(['jwt-1']);
      sockets[0].serverAccepts();
      expect(realtime.connected()).toBe(true);

      realtime.watch(aWatch());
      realtime.watchWard({ onChange: jest.fn() });
      expect(sockets).toHaveLength(1);
      expect(sockets[0].joinEvents).toEqual(['plan.join', 'ward.join']);
    });

    it('opens no socket while nobody is signed in, nor after a reload until the user is known', () => {
      const openSocket = jest.fn((token: string) => new FakeSocket(token));
      TestBed.configureTestingModule({
        providers: [
          { provide: AuthService, useValue: { verifySession: jest.fn() } },
          { provide: SOCKET_FACTORY, useValue: openSocket },
          provideTestTranslations(),
        ],
      });
      localStorage.clear();
      const realtime = TestBed.inject(RealtimeService);
      TestBed.tick();
      expect(openSocket).not.toHaveBeenCalled();

      // A reload: the stored token may be dead until the route guard has checked (or renewed) it.
      TestBed.inject(TokenStorage).write('jwt-stored');
      const session = TestBed.inject(Session);
      session.adopt('jwt-stored');
      TestBed.tick();
      expect(openSocket).not.toHaveBeenCalled();

      session.setUser(aUser());
      TestBed.tick();
      expect(openSocket.mock.calls).toEqual([['jwt-stored']]);
      expect(realtime.connected()).toBe(false);
    });

    it('hands the user’s notifications to every listener until it unsubscribes', () => {
      const { realtime, sockets } = setUp();
      TestBed.tick();
      const bell = jest.fn();
      const other = jest.fn();
      const stopBell = realtime.onNotification(bell);
      realtime.onNotification(other);
      sockets[0].serverAccepts();

      sockets[0].serverSays('notification.created', aNotification({ id: 'n-1' }));
      stopBell();
      sockets[0].serverSays('notification.created', aNotification({ id: 'n-2' }));
      expect(bell.mock.calls).toEqual([[aNotification({ id: 'n-1' })]]);
      expect(other).toHaveBeenCalledTimes(2);
    });

    it('tells its listeners of every (re)connect, and keeps `connected` current', () => {
      const { realtime, sockets } = setUp();
      TestBed.tick();
      const connected = jest.fn();
      realtime.onConnected(connected);
      sockets[0].serverAccepts();
      expect(connected).toHaveBeenCalledTimes(1);

      sockets[0].serverDrops();
      expect(realtime.connected()).toBe(false);
      sockets[0].serverAccepts();
      expect(realtime.connected()).toBe(true);
      expect(connected).toHaveBeenCalledTimes(2);
    });

    it('shows no banner on the first connect, then tells of a loss and of the way back', () => {
      const { realtime, sockets } = setUp();
      TestBed.tick();
      sockets[0].serverAccepts();
      expect(realtime.banner()).toBeNull();

      sockets[0].serverDrops();
      expect(realtime.banner()).toBe('lost');
      sockets[0].serverAccepts();
      expect(realtime.banner()).toBe('restored');
    });

    it('says nothing while the socket opened at sign-in has never connected, until a board needs it', () => {
      const { realtime, sockets } = setUp();
      TestBed.tick();
      sockets[0].serverUnreachable();
      expect(realtime.banner()).toBeNull();

      realtime.watch(aWatch());
      expect(realtime.banner()).toBe('lost');
      sockets[0].serverAccepts();
      expect(realtime.banner()).toBe('restored');
    });
  });

  it('reads every open board again when the ward’s working calendar changes', () => {
    const { realtime, sockets } = setUp();
    const watch = aWatch();
    realtime.watch(watch);
    const ward = { onChange: jest.fn(), onJoined: jest.fn(), wardId: 'ward-north' };
    const other = { onChange: jest.fn(), onJoined: jest.fn(), wardId: 'ward-south' };
    realtime.watchWard(ward);
    realtime.watchWard(other);
    sockets[0].serverAccepts();
    sockets[0].serverSays('calendar.changed', { wardId: 'ward-north', year: 2027 });
    expect(watch.onTooFarBehind).toHaveBeenCalledTimes(1);
    expect(ward.onJoined).toHaveBeenCalledWith(true);
    expect(other.onJoined).not.toHaveBeenCalled();
  });

  it('hands a plan’s new sections to the boards of that plan only', () => {
    const { realtime, sockets } = setUp();
    const watched = aWatch({ onSections: jest.fn() });
    const other = aWatch({ planId: 'plan-other', onSections: jest.fn() });
    realtime.watch(watched);
    realtime.watch(other);
    sockets[0].serverAccepts();
    const message = {
      planId: 'plan-158',
      wardId: 'ward-north',
      sections: [{ key: 'I', title: 'Chỉ đạo, điều hành và kiểm tra' }],
    };
    sockets[0].serverSays('plan.changed', message);
    expect(watched.onSections).toHaveBeenCalledWith(message.sections);
    expect(other.onSections).not.toHaveBeenCalled();
    expect(watched.onTooFarBehind).not.toHaveBeenCalled();
  });

  it('takes the plan’s sections from a rejoin’s answer, in case a push was missed while away', () => {
    const { realtime, sockets } = setUp();
    const watch = aWatch({ onSections: jest.fn() });
    realtime.watch(watch);
    sockets[0].serverAccepts();
    const sections = [{ key: 'I', title: 'Chỉ đạo, điều hành và kiểm tra' }];
    sockets[0].answerJoin({ ok: true, missed: [], tooFarBehind: false, sections });
    expect(watch.onSections).toHaveBeenCalledWith(sections);
    expect(watch.onMissed).toHaveBeenCalledWith([]);
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

      // A change of another ward may still be on its way after the socket left that ward's room.
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

    it('says the refusal by its code in English, never in the server’s Vietnamese', () => {
      const { realtime, sockets } = setUp();
      TestBed.inject(LanguageService).use('en');
      const ward = aWardWatch();
      realtime.watchWard(ward);
      sockets[0].serverAccepts();
      sockets[0].answerJoin({ ok: false, code: 'FORBIDDEN', message: 'Chỉ lãnh đạo được xem' });
      expect(ward.onRefused).toHaveBeenCalledWith('You are not allowed to do this');
    });

    it('stops passing on the ward’s changes once the page stops watching; the socket stays open', () => {
      const { realtime, sockets } = setUp();
      const ward = aWardWatch();
      const stopWard = realtime.watchWard(ward);
      sockets[0].serverAccepts();
      sockets[0].answerJoin({ ok: true } as JoinPlanAck);
      stopWard();
      sockets[0].push(aChange({}, { id: '60' }));
      expect(ward.onChange).not.toHaveBeenCalled();
      expect(sockets[0].connected).toBe(true);
      expect(sockets[0].wardLeaves).toEqual([{}]);
    });

    it('leaves a granted ward only once no page watches it any more', () => {
      const { realtime, sockets } = setUp();
      const stopFirst = realtime.watchWard({ ...aWardWatch(), wardId: 'ward-north' });
      const stopSecond = realtime.watchWard({ ...aWardWatch(), wardId: 'ward-north' });
      sockets[0].serverAccepts();
      stopFirst();
      expect(sockets[0].wardLeaves).toEqual([]);
      stopSecond();
      expect(sockets[0].wardLeaves).toEqual([{ wardId: 'ward-north' }]);
    });
  });
});
