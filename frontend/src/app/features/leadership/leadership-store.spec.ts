import { TestBed } from '@angular/core/testing';
import type { LeadershipBoardDto, LeadershipWardDto } from '@dondoc/contracts';
import { aChange, aLeadershipBoard, aTickerItem, someCounts } from '../../../testing/factories';
import { DondocApi } from '../../core/api/dondoc-api';
import { RealtimeService, type WardWatch } from '../../core/realtime/realtime.service';
import { LeadershipStore, REFRESH_DEBOUNCE_MS, wardOfCode } from './leadership-store';

const HOME: LeadershipWardDto = { id: 'ward-hd', code: 'HD', name: 'Phường Hải Dương', home: true };
const NORTH: LeadershipWardDto = { id: 'ward-nc', code: 'NC', name: 'Phường Nhị Chiểu', home: false };

function setUp(first: LeadershipBoardDto = aLeadershipBoard(), wards: LeadershipWardDto[] = [HOME]) {
  const leadership = jest.fn<Promise<LeadershipBoardDto>, [string?]>().mockResolvedValue(first);
  const leadershipWards = jest.fn<Promise<LeadershipWardDto[]>, []>().mockResolvedValue(wards);
  const watches: WardWatch[] = [];
  const stop = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      LeadershipStore,
      { provide: DondocApi, useValue: { leadership, leadershipWards } },
      {
        provide: RealtimeService,
        useValue: {
          watchWard: (watch: WardWatch) => {
            watches.push(watch);
            return stop;
          },
        },
      },
    ],
  });
  return { store: TestBed.inject(LeadershipStore), leadership, leadershipWards, watches, stop };
}

describe('wardOfCode', () => {
  it('finds the ward the code names, else the user’s own', () => {
    expect(wardOfCode([HOME, NORTH], 'NC')).toBe(NORTH);
    expect(wardOfCode([HOME, NORTH], null)).toBe(HOME);
    expect(wardOfCode([HOME, NORTH], 'XX')).toBe(HOME);
    expect(wardOfCode([], 'NC')).toBeNull();
  });
});

describe('LeadershipStore', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('reads the aggregates, then watches the ward', async () => {
    const { store, leadership, watches } = setUp();
    await store.start();
    expect(leadership).toHaveBeenCalledTimes(1);
    expect(store.state()).toBe('ready');
    expect(store.board()?.totals.overdue).toBe(2);
    expect(watches).toHaveLength(1);
  });

  it('puts a live change on the ticker at once and re-reads the counts once per burst', async () => {
    const { store, leadership, watches } = setUp();
    await store.start();
    const after = aLeadershipBoard({
      totals: someCounts({ on_track: 2, overdue: 3, due_soon: 1 }),
      ticker: [
        aTickerItem({ eventId: '13' }),
        aTickerItem({ eventId: '12' }),
        aTickerItem({ eventId: '10' }),
      ],
    });
    leadership.mockResolvedValue(after);

    for (const id of ['11', '12', '13']) {
      watches[0].onChange(aChange({ ref: `R${id}` }, { id }));
      await jest.advanceTimersByTimeAsync(100);
    }
    expect(store.ticker().map((item) => item.eventId)).toEqual(['13', '12', '11', '10']);
    expect(store.ticker()[0]).toMatchObject({ ref: 'R13', event: 'SUBMIT', actorName: 'Nguyễn Văn A' });
    expect(leadership).toHaveBeenCalledTimes(1); // the burst is still going

    await jest.advanceTimersByTimeAsync(REFRESH_DEBOUNCE_MS);
    expect(leadership).toHaveBeenCalledTimes(2);
    expect(store.board()?.totals.overdue).toBe(3);
    // The server's ticker and the pushed changes are merged, newest first, each once.
    expect(store.ticker().map((item) => item.eventId)).toEqual(['13', '12', '11', '10']);

    await jest.advanceTimersByTimeAsync(5 * REFRESH_DEBOUNCE_MS);
    expect(leadership).toHaveBeenCalledTimes(2);
  });

  it('puts a task created by hand or by the scheduler on the ticker and counts it after the burst', async () => {
    const { store, leadership, watches } = setUp();
    await store.start();
    watches[0].onChange(
      aChange(
        { ref: '4', title: 'Xây dựng quy chế', state: 'draft', column: 'draft' },
        { id: '21', event: 'CREATE_TASK', fromState: 'draft', toState: 'draft' },
      ),
    );
    expect(store.ticker()[0]).toMatchObject({ eventId: '21', event: 'CREATE_TASK', ref: '4' });
    await jest.advanceTimersByTimeAsync(REFRESH_DEBOUNCE_MS);
    expect(leadership).toHaveBeenCalledTimes(2);
  });

  it('re-reads after a rejoin (a reconnect may have missed changes), not after the first join', async () => {
    const { store, leadership, watches } = setUp();
    await store.start();
    watches[0].onJoined?.(false);
    await jest.advanceTimersByTimeAsync(REFRESH_DEBOUNCE_MS);
    expect(leadership).toHaveBeenCalledTimes(1);
    watches[0].onJoined?.(true);
    await jest.advanceTimersByTimeAsync(REFRESH_DEBOUNCE_MS);
    expect(leadership).toHaveBeenCalledTimes(2);
  });

  it('follows the user’s own ward by id, reading its board without naming it', async () => {
    const { store, leadership, watches } = setUp();
    await store.start();
    expect(leadership).toHaveBeenCalledWith(undefined);
    expect(watches[0].wardId).toBe(HOME.id);
    expect(store.wards()).toEqual([HOME]);
    expect(store.showsHomeWard()).toBe(true);
  });

  it('shows a city-level leader one granted ward at a time, leaving the previous one', async () => {
    const north = aLeadershipBoard({
      ward: { id: NORTH.id, code: NORTH.code, name: NORTH.name },
      ticker: [aTickerItem({ eventId: '90' })],
    });
    const { store, leadership, leadershipWards, watches, stop } = setUp(aLeadershipBoard(), [HOME, NORTH]);
    await store.show(null);
    expect(store.shown()).toEqual(HOME);
    const homeTicker = store.ticker().map((item) => item.eventId);

    leadership.mockResolvedValue(north);
    await store.show('NC');
    expect(leadership).toHaveBeenLastCalledWith(NORTH.id);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(watches.map((watch) => watch.wardId)).toEqual([HOME.id, NORTH.id]);
    expect(store.board()?.ward.code).toBe('NC');
    expect(store.showsHomeWard()).toBe(false);
    // The ticker is the shown ward's alone.
    expect(store.ticker().map((item) => item.eventId)).toEqual(['90']);
    expect(homeTicker).not.toContain('90');

    await store.show('NC');
    expect(leadership).toHaveBeenCalledTimes(2);
    expect(leadershipWards).toHaveBeenCalledTimes(1);
  });

  it('lands only the last ward asked for when the leader switches faster than the server answers', async () => {
    const north = aLeadershipBoard({ ward: { id: NORTH.id, code: NORTH.code, name: NORTH.name } });
    const { store, leadership, watches } = setUp(aLeadershipBoard(), [HOME, NORTH]);
    let answerHome: (board: LeadershipBoardDto) => void = () => undefined;
    leadership.mockImplementationOnce(() => new Promise((resolve) => (answerHome = resolve)));
    leadership.mockResolvedValueOnce(north);
    const first = store.show(null);
    await jest.advanceTimersByTimeAsync(0);
    await store.show('NC');
    answerHome(aLeadershipBoard());
    await first;
    expect(store.board()?.ward.code).toBe('NC');
    expect(watches.map((watch) => watch.wardId)).toEqual([NORTH.id]);
  });

  it('says so when the aggregates cannot be read, and watches nothing', async () => {
    const { store, leadership, watches } = setUp();
    leadership.mockRejectedValue(new Error('503'));
    await store.start();
    expect(store.state()).toBe('failed');
    expect(watches).toHaveLength(0);
  });

  it('stops watching when the page goes', async () => {
    const { store, stop } = setUp();
    await store.start();
    TestBed.resetTestingModule();
    expect(stop).toHaveBeenCalled();
  });
});
