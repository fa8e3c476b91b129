import { TestBed } from '@angular/core/testing';
import type { LeadershipBoardDto } from '@dondoc/contracts';
import { aChange, aLeadershipBoard, aTickerItem, someCounts } from '../../../testing/factories';
import { DondocApi } from '../../core/api/dondoc-api';
import { RealtimeService, type WardWatch } from '../../core/realtime/realtime.service';
import { LeadershipStore, REFRESH_DEBOUNCE_MS } from './leadership-store';

function setUp(first: LeadershipBoardDto = aLeadershipBoard()) {
  const leadership = jest.fn<Promise<LeadershipBoardDto>, []>().mockResolvedValue(first);
  const watches: WardWatch[] = [];
  const stop = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      LeadershipStore,
      { provide: DondocApi, useValue: { leadership } },
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
  return { store: TestBed.inject(LeadershipStore), leadership, watches, stop };
}

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
