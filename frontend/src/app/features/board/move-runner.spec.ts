import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { ApiErrorBody, CardDto, MoveOptionDto, TransitionResponse } from '@dondoc/contracts';
import { aBoard, aCard, aChange } from '../../../testing/factories';
import { provideTestTranslations } from '../../../testing/translate';
import { DondocApi } from '../../core/api/dondoc-api';
import { NoticeService } from '../../core/notify/notice.service';
import { BoardStore } from './board-store';
import { MoveRunner } from './move-runner';

const submit: MoveOptionDto = { event: 'SUBMIT', to: 'submitted', needs: [] };
const cancel: MoveOptionDto = { event: 'CANCEL', to: 'cancelled', needs: ['reason'] };

function refusal(status: number, body: Partial<ApiErrorBody>): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: { statusCode: status, message: '', ...body } });
}

function setUp(card: CardDto = aCard({ version: 3 })) {
  const transition = jest.fn<Promise<TransitionResponse>, [string, unknown]>();
  TestBed.configureTestingModule({
    providers: [
      BoardStore,
      MoveRunner,
      provideTestTranslations(),
      { provide: DondocApi, useValue: { transition } },
    ],
  });
  const store = TestBed.inject(BoardStore);
  store.load(aBoard({ cards: [card] }));
  const notices = TestBed.inject(NoticeService);
  return { runner: TestBed.inject(MoveRunner), store, notices, transition, card };
}

describe('MoveRunner', () => {
  it('sends a move that needs nothing with the version the user saw, and moves the card on the answer', async () => {
    const { runner, store, notices, transition, card } = setUp();
    transition.mockResolvedValue(aChange({ version: 4, column: 'submitted' }, { id: '30' }));

    runner.request(card, submit);
    expect(store.card(card.id)?.column).toBe('draft'); // the card waits for the server's word
    expect(runner.sending().has(card.id)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve));

    expect(transition).toHaveBeenCalledWith('task-1', { event: 'SUBMIT', expectedVersion: 3 });
    expect(store.card(card.id)).toMatchObject({ column: 'submitted', version: 4 });
    expect(store.lastEventId()).toBe('30');
    expect(notices.notice()?.text).toBe('Đã chuyển nhiệm vụ 1 sang Đã trình');
    expect(notices.announcement()).toBe('Đã chuyển nhiệm vụ 1 sang Đã trình');
    expect(runner.sending().size).toBe(0);
  });

  it('asks for the reason first when the move needs one, then sends what the dialog built', async () => {
    const { runner, transition, card } = setUp();
    transition.mockResolvedValue(aChange({ version: 4, column: 'cancelled' }));

    runner.request(card, cancel);
    expect(transition).not.toHaveBeenCalled();
    expect(runner.pending()).toEqual({ card, move: cancel });

    runner.confirm({
      event: 'CANCEL',
      expectedVersion: 3,
      comment: 'Không phát sinh',
      payload: { reason: 'Không phát sinh' },
    });
    expect(runner.pending()).toBeNull();
    expect(transition).toHaveBeenCalledWith(
      'task-1',
      expect.objectContaining({ event: 'CANCEL', comment: 'Không phát sinh' }),
    );
  });

  it('sends nothing when the dialog is cancelled', () => {
    const { runner, transition, card } = setUp();
    runner.request(card, cancel);
    runner.cancel();
    expect(runner.pending()).toBeNull();
    expect(transition).not.toHaveBeenCalled();
  });

  it.each([
    [
      403,
      'FORBIDDEN',
      'Chỉ đơn vị chủ trì được trình',
      'Không chuyển được nhiệm vụ 1: Chỉ đơn vị chủ trì được trình',
    ],
    [
      422,
      'EVENT_NOT_ACCEPTED',
      'Không thể trình ở trạng thái này',
      'Không chuyển được nhiệm vụ 1: Không thể trình ở trạng thái này',
    ],
    [400, 'INVALID_PAYLOAD', '', 'Không chuyển được nhiệm vụ 1: Thông tin kèm theo chưa hợp lệ'],
  ] as const)('on %i %s leaves the card and shows the reason', async (status, code, message, shown) => {
    const { runner, store, notices, transition, card } = setUp();
    transition.mockRejectedValue(refusal(status, { code, message }));

    await runner.send(card, submit, { event: 'SUBMIT', expectedVersion: 3 });

    expect(store.card(card.id)).toMatchObject({ column: 'draft', version: 3 });
    expect(notices.notice()).toMatchObject({ kind: 'error', text: shown });
  });

  it('on a version conflict shows where the winner put the card', async () => {
    const { runner, store, notices, transition, card } = setUp();
    const current = aCard({ version: 5, state: 'returned', column: 'returned' });
    transition.mockRejectedValue(refusal(409, { code: 'VERSION_CONFLICT', message: 'stale', current }));

    await runner.send(card, submit, { event: 'SUBMIT', expectedVersion: 3 });

    expect(store.card(card.id)).toEqual(current);
    expect(notices.notice()?.text).toBe(
      'Người khác đã chuyển nhiệm vụ 1 trước bạn; nhiệm vụ hiện ở cột Trả lại',
    );
  });

  it('says the server could not be reached when no answer came', async () => {
    const { runner, notices, transition, card } = setUp();
    transition.mockRejectedValue(new HttpErrorResponse({ status: 0 }));
    await runner.send(card, submit, { event: 'SUBMIT', expectedVersion: 3 });
    expect(notices.notice()?.text).toBe('Không kết nối được máy chủ, nhiệm vụ 1 chưa được chuyển');
  });

  it('ignores a second move of a card whose first move is still on its way', async () => {
    const { runner, transition, card } = setUp();
    transition.mockReturnValue(new Promise(() => undefined));
    runner.request(card, submit);
    runner.request(card, submit);
    expect(transition).toHaveBeenCalledTimes(1);
    expect(runner.sending().has(card.id)).toBe(true);
  });
});
