import { TestBed } from '@angular/core/testing';
import type { BoardDto } from '@dondoc/contracts';
import { aBoard, aPlan } from '../../../testing/factories';
import { DondocApi } from '../../core/api/dondoc-api';
import { BoardPrefetch } from './board-prefetch';
import { FIRST_CARDS_PER_COLUMN, planIdOfPath } from './board-route';

function setUp({ token }: { token: string | null }) {
  const api = {
    boardStart: jest.fn<Promise<BoardDto>, [string, number, { quietExpiry?: boolean }?]>(),
    plans: jest.fn().mockResolvedValue([aPlan()]),
  };
  localStorage.clear();
  if (token) localStorage.setItem('dondoc.token', token);
  TestBed.configureTestingModule({ providers: [{ provide: DondocApi, useValue: api }] });
  return { api, prefetch: TestBed.inject(BoardPrefetch) };
}

describe('planIdOfPath', () => {
  it('reads the plan of a board address and nothing else', () => {
    expect(planIdOfPath('/ke-hoach/plan-158')).toBe('plan-158');
    expect(planIdOfPath('/ke-hoach/plan%20158;x=1')).toBe('plan 158');
    expect(planIdOfPath('/lanh-dao')).toBeNull();
    expect(planIdOfPath('/')).toBeNull();
    expect(planIdOfPath('/ke-hoach/')).toBeNull();
  });
});

describe('BoardPrefetch', () => {
  it('reads the first cards and the plans at start, and hands the board to its page once', async () => {
    const { api, prefetch } = setUp({ token: 'jwt' });
    const board = aBoard();
    api.boardStart.mockResolvedValue(board);

    prefetch.startFor('/ke-hoach/plan-158');

    expect(api.boardStart).toHaveBeenCalledWith('plan-158', FIRST_CARDS_PER_COLUMN, { quietExpiry: true });
    expect(api.plans).toHaveBeenCalledWith({ quietExpiry: true });
    expect(prefetch.take('other-plan')).toBeNull();
    await expect(prefetch.take('plan-158')).resolves.toBe(board);
    expect(prefetch.take('plan-158')).toBeNull();
    expect(api.boardStart).toHaveBeenCalledTimes(1);
  });

  it('reads the board again, the usual way, when the read made at start failed', async () => {
    const { api, prefetch } = setUp({ token: 'jwt' });
    const board = aBoard();
    api.boardStart.mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(board);

    prefetch.startFor('/ke-hoach/plan-158');

    await expect(prefetch.take('plan-158')).resolves.toBe(board);
    expect(api.boardStart).toHaveBeenLastCalledWith('plan-158', FIRST_CARDS_PER_COLUMN);
  });

  it('reads only the plans when the app starts elsewhere', () => {
    const { api, prefetch } = setUp({ token: 'jwt' });
    prefetch.startFor('/lanh-dao');
    expect(api.plans).toHaveBeenCalledTimes(1);
    expect(api.boardStart).not.toHaveBeenCalled();
  });

  it('reads nothing without a stored session', () => {
    const { api, prefetch } = setUp({ token: null });
    prefetch.startFor('/ke-hoach/plan-158');
    expect(api.plans).not.toHaveBeenCalled();
    expect(api.boardStart).not.toHaveBeenCalled();
    expect(prefetch.take('plan-158')).toBeNull();
  });
});
