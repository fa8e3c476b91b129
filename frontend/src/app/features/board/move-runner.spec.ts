import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type {
  ApiErrorBody,
  CardDto,
  MoveOptionDto,
  TransitionRequest,
  TransitionResponse,
} from '@dondoc/contracts';
import { aBoard, aCard, aChange } from '../../../testing/factories';
import { provideTestTranslations } from '../../../testing/translate';
import { DondocApi } from '../../core/api/dondoc-api';
import { NoticeService } from '../../core/notify/notice.service';
import type { BoardMove } from './board-move';
import { BoardStore } from './board-store';
import type { BulkTarget } from './bulk-moves';
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

  it('says why a drop was refused, on screen and in the live region', () => {
    const { runner, notices, card } = setUp();
    runner.refuse(card, 'approved', ['submitted', 'cancelled']);
    const said =
      'Không thể chuyển nhiệm vụ 1 sang Đã duyệt: từ đây nhiệm vụ chỉ có thể chuyển sang Đã trình, Đã huỷ';
    expect(notices.notice()).toMatchObject({ kind: 'error', text: said });
    expect(notices.announcement()).toBe(said);
    runner.refuse(card, 'approved', []);
    expect(notices.announcement()).toContain('bạn không có thao tác chuyển cột nào');
  });

  it('puts the workflow’s own reason for a refused drop first (four eyes), then where the card may go', () => {
    const { runner, notices, card } = setUp();
    const reason = 'Nguyên tắc bốn mắt: bạn đã thẩm tra phiên bản này nên không thể phê duyệt';
    runner.refuse(card, 'approved', ['returned'], {
      ok: false,
      code: 'FORBIDDEN',
      reason,
      rule: 'FOUR_EYES_REVIEWER',
    });
    const said = `Không thể chuyển nhiệm vụ 1 sang Đã duyệt: ${reason}; từ đây nhiệm vụ chỉ có thể chuyển sang`;
    expect(notices.notice()?.text).toContain(said);
    expect(notices.announcement()).toContain(said);
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

describe('MoveRunner for a stand-in', () => {
  const forApprover = { id: 'user-approver', name: 'Nguyễn Văn A' };
  const approveFor: BoardMove = { event: 'APPROVE', to: 'approved', needs: [], onBehalfOf: forApprover };
  const returnFor: BoardMove = {
    event: 'RETURN',
    to: 'returned',
    needs: ['reason'],
    onBehalfOf: forApprover,
  };

  it('sends a move made for a colleague with onBehalfOf, and says so when it is done', async () => {
    const { runner, notices, transition } = setUp();
    const card = aCard({ version: 3, state: 'reviewed', column: 'reviewed' });
    transition.mockResolvedValue(aChange({ version: 4, state: 'approved', column: 'approved' }));

    runner.request(card, approveFor);
    await new Promise((resolve) => setTimeout(resolve));

    expect(transition).toHaveBeenCalledWith('task-1', {
      event: 'APPROVE',
      expectedVersion: 3,
      onBehalfOf: 'user-approver',
    });
    expect(notices.notice()?.text).toBe('Đã chuyển nhiệm vụ 1 sang Đã duyệt (thay mặt Nguyễn Văn A)');
  });

  it('adds onBehalfOf to what the dialog built for a move that needs input', () => {
    const { runner, transition } = setUp();
    const card = aCard({ version: 3, state: 'reviewed', column: 'reviewed' });
    transition.mockReturnValue(new Promise(() => undefined));

    runner.request(card, returnFor);
    expect(runner.pending()?.move.onBehalfOf).toEqual(forApprover);
    runner.confirm({
      event: 'RETURN',
      expectedVersion: 3,
      comment: 'Thiếu số liệu',
      payload: { reason: 'Thiếu số liệu' },
    });

    expect(transition).toHaveBeenCalledWith('task-1', {
      event: 'RETURN',
      expectedVersion: 3,
      comment: 'Thiếu số liệu',
      payload: { reason: 'Thiếu số liệu' },
      onBehalfOf: 'user-approver',
    });
  });

  it("sends no onBehalfOf for the user's own move", async () => {
    const { runner, transition, card } = setUp();
    transition.mockResolvedValue(aChange({ version: 4, column: 'submitted' }));
    await runner.send(card, submit, { event: 'SUBMIT', expectedVersion: 3 });
    expect(transition.mock.calls[0][1]).not.toHaveProperty('onBehalfOf');
  });
});

describe('MoveRunner bulk moves', () => {
  const submitA: MoveOptionDto = { event: 'SUBMIT', to: 'submitted', needs: [] };
  const resubmitB: MoveOptionDto = { event: 'RESUBMIT', to: 'submitted', needs: [] };

  function setUpBulk() {
    const transition = jest.fn<Promise<TransitionResponse>, [string, TransitionRequest]>();
    TestBed.configureTestingModule({
      providers: [
        BoardStore,
        MoveRunner,
        provideTestTranslations(),
        { provide: DondocApi, useValue: { transition } },
      ],
    });
    const a = aCard({ id: 'a', ref: '1', version: 3 });
    const b = aCard({ id: 'b', ref: '2', version: 7, state: 'returned', column: 'returned' });
    const c = aCard({ id: 'c', ref: '3', version: 2 });
    const store = TestBed.inject(BoardStore);
    store.load(aBoard({ cards: [a, b, c] }));
    const target: BulkTarget = {
      column: 'submitted',
      moves: new Map([
        ['a', submitA],
        ['b', resubmitB],
        ['c', submitA],
      ]),
      fieldKeys: [],
      onBehalfOf: [],
    };
    return {
      runner: TestBed.inject(MoveRunner),
      notices: TestBed.inject(NoticeService),
      store,
      transition,
      target,
      cards: [a, b, c],
    };
  }

  it('sends one transition per card with its own event and version, and reports moves and refusals', async () => {
    const { runner, notices, store, transition, target, cards } = setUpBulk();
    transition.mockImplementation(async (taskId, request) => {
      if (taskId === 'c') throw refusal(403, { code: 'FORBIDDEN', message: 'Chỉ đơn vị chủ trì được trình' });
      return aChange(
        { id: taskId, version: request.expectedVersion + 1, column: 'submitted' },
        { id: `5${taskId}` },
      );
    });

    const outcomes = await runner.requestBulk(target, cards);

    expect(transition.mock.calls).toEqual([
      ['a', { event: 'SUBMIT', expectedVersion: 3 }],
      ['b', { event: 'RESUBMIT', expectedVersion: 7 }],
      ['c', { event: 'SUBMIT', expectedVersion: 2 }],
    ]);
    expect(outcomes?.map((outcome) => [outcome.card.ref, outcome.moved])).toEqual([
      ['1', true],
      ['2', true],
      ['3', false],
    ]);
    expect(store.card('a')?.column).toBe('submitted');
    expect(store.card('c')?.column).toBe('draft');
    expect(runner.bulkReport()).toMatchObject({
      column: 'submitted',
      moved: [{ ref: '1' }, { ref: '2' }],
      refused: [{ card: { ref: '3' }, reason: 'Chỉ đơn vị chủ trì được trình' }],
    });
    expect(notices.notice()).toMatchObject({
      kind: 'error',
      text: 'Đã chuyển 2/3 nhiệm vụ sang Đã trình. Không chuyển được: 3 (Chỉ đơn vị chủ trì được trình)',
    });
    expect(runner.bulkBusy()).toBe(false);
  });

  it('says all went well when every card moved', async () => {
    const { runner, notices, transition, target, cards } = setUpBulk();
    transition.mockImplementation(async (taskId, request) =>
      aChange({ id: taskId, version: request.expectedVersion + 1, column: 'submitted' }),
    );
    await runner.requestBulk(target, cards);
    expect(notices.notice()).toMatchObject({
      kind: 'success',
      text: 'Đã chuyển 3/3 nhiệm vụ sang Đã trình.',
    });
  });

  it('asks the dialog once when the move needs input, then sends its answer with every card', async () => {
    const { runner, transition, cards } = setUpBulk();
    const cancel: MoveOptionDto = { event: 'CANCEL', to: 'cancelled', needs: ['reason'] };
    const target: BulkTarget = {
      column: 'cancelled',
      moves: new Map(cards.map((card) => [card.id, cancel])),
      fieldKeys: ['reason'],
      onBehalfOf: [],
    };
    transition.mockImplementation(async (taskId, request) =>
      aChange({ id: taskId, version: request.expectedVersion + 1, column: 'cancelled' }),
    );

    expect(runner.requestBulk(target, cards)).toBeNull();
    expect(transition).not.toHaveBeenCalled();
    expect(runner.pending()).toMatchObject({ card: cards[0], move: cancel, bulk: { cards } });

    runner.confirm({ event: 'CANCEL', expectedVersion: 3, comment: 'Trùng', payload: { reason: 'Trùng' } });
    await new Promise((resolve) => setTimeout(resolve));

    expect(transition.mock.calls.map(([id, request]) => [id, request])).toEqual([
      ['a', { event: 'CANCEL', expectedVersion: 3, comment: 'Trùng', payload: { reason: 'Trùng' } }],
      ['b', { event: 'CANCEL', expectedVersion: 7, comment: 'Trùng', payload: { reason: 'Trùng' } }],
      ['c', { event: 'CANCEL', expectedVersion: 2, comment: 'Trùng', payload: { reason: 'Trùng' } }],
    ]);
  });

  it('sends each card its own way: for the colleague where the move is theirs, as oneself elsewhere', async () => {
    const { runner, transition, cards } = setUpBulk();
    const forHead = { id: 'user-head', name: 'Trần Thị B' };
    const target: BulkTarget = {
      column: 'submitted',
      moves: new Map<string, BoardMove>([
        ['a', submitA],
        ['b', { ...resubmitB, onBehalfOf: forHead }],
        ['c', { ...submitA, onBehalfOf: forHead }],
      ]),
      fieldKeys: [],
      onBehalfOf: [forHead],
    };
    transition.mockImplementation(async (taskId, request) =>
      aChange({ id: taskId, version: request.expectedVersion + 1, column: 'submitted' }),
    );

    await runner.requestBulk(target, cards);

    expect(transition.mock.calls).toEqual([
      ['a', { event: 'SUBMIT', expectedVersion: 3 }],
      ['b', { event: 'RESUBMIT', expectedVersion: 7, onBehalfOf: 'user-head' }],
      ['c', { event: 'SUBMIT', expectedVersion: 2, onBehalfOf: 'user-head' }],
    ]);
  });
});
