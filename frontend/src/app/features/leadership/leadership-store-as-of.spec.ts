import { TestBed } from '@angular/core/testing';
import type { LeadershipBoardDto, LeadershipWardDto } from '@dondoc/contracts';
import { aLeadershipBoard } from '../../../testing/factories';
import { DondocApi } from '../../core/api/dondoc-api';
import { RealtimeService, type WardWatch } from '../../core/realtime/realtime.service';
import { AsOfApi } from '../reports/as-of/as-of-api';
import { LeadershipStore } from './leadership-store';

const HOME: LeadershipWardDto = { id: 'ward-hd', code: 'HD', name: 'Phường Hải Dương', home: true };
const NORTH: LeadershipWardDto = { id: 'ward-nc', code: 'NC', name: 'Phường Nhị Chiểu', home: false };

function setUp() {
  const live = aLeadershipBoard();
  const then = { ...aLeadershipBoard({ ticker: [] }), day: '2026-06-30' };
  const leadership = jest.fn<Promise<LeadershipBoardDto>, [string?]>().mockResolvedValue(live);
  const asOf = jest.fn<Promise<typeof then>, [string, string?]>().mockResolvedValue(then);
  const watches: WardWatch[] = [];
  const stop = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      LeadershipStore,
      { provide: DondocApi, useValue: { leadership, leadershipWards: async () => [HOME, NORTH] } },
      { provide: AsOfApi, useValue: { leadership: asOf } },
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
  return { store: TestBed.inject(LeadershipStore), leadership, asOf, watches, stop, then };
}

describe('LeadershipStore as of a day', () => {
  it('reads the board as of the day and does not follow the ward live', async () => {
    const { store, leadership, asOf, watches, then } = setUp();
    await store.show(null, '2026-06-30');
    expect(asOf).toHaveBeenCalledWith('2026-06-30', undefined);
    expect(leadership).not.toHaveBeenCalled();
    expect(watches).toHaveLength(0);
    expect(store.day()).toBe('2026-06-30');
    expect(store.board()).toBe(then);
  });

  it('reads a granted ward by its id, and goes live again when the day is dropped', async () => {
    const { store, asOf, leadership, watches } = setUp();
    await store.show('NC', '2026-06-30');
    expect(asOf).toHaveBeenCalledWith('2026-06-30', 'ward-nc');
    await store.show('NC', null);
    expect(leadership).toHaveBeenCalledWith('ward-nc');
    expect(store.day()).toBeNull();
    expect(watches).toHaveLength(1);
  });

  it('stops following live when a day is asked for', async () => {
    const { store, watches, stop } = setUp();
    await store.show(null, null);
    expect(watches).toHaveLength(1);
    await store.show(null, '2026-06-30');
    expect(stop).toHaveBeenCalled();
    expect(watches).toHaveLength(1);
  });
});
