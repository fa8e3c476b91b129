import { Injectable, inject, signal } from '@angular/core';
import type { CardDto, TransitionRequest } from '@dondoc/contracts';
import { isBoardColumn, type BoardColumn } from '@dondoc/domain';
import type { DropRefusal } from '@dondoc/workflows';
import { TranslateService } from '@ngx-translate/core';
import { DondocApi } from '../../core/api/dondoc-api';
import { toApiFailure } from '../../core/http/api-error';
import { errorKey, errorText } from '../../core/http/error-text';
import { LanguageService } from '../../core/i18n/language.service';
import { NoticeService } from '../../core/notify/notice.service';
import { actingRequest, type BoardMove } from './board-move';
import { BoardStore } from './board-store';
import type { BulkTarget } from './bulk-moves';
import { fieldsFor } from './move-form';

/** A move waiting for the user to fill in what it needs (reason, deliverable…). */
export interface PendingMove {
  card: CardDto;
  /** A stand-in's move says whom it is made for; the request sent names them (`onBehalfOf`). */
  move: BoardMove;
  /** Set for a bulk move: the dialog is filled once and its answer goes with every card. */
  bulk?: { target: BulkTarget; cards: readonly CardDto[] };
}

/** What became of one card of a bulk move. */
export type BulkOutcome = { card: CardDto; moved: true } | { card: CardDto; moved: false; reason: string };

/** The report of the last bulk move, shown by the bulk bar until the next one. */
export interface BulkReport {
  column: BoardColumn;
  moved: readonly CardDto[];
  refused: readonly { card: CardDto; reason: string }[];
}

type Attempt = { ok: true; card: CardDto } | { ok: false; reason: string; notice: string | null };

/** How many transitions of a bulk move are on their way at once: a gentle load on the server. */
const BULK_CONCURRENCY = 4;

function isCard(value: unknown): value is CardDto {
  if (typeof value !== 'object' || value === null) return false;
  const card = value as Partial<CardDto>;
  return typeof card.id === 'string' && typeof card.version === 'number' && isBoardColumn(card.column);
}

/**
 * Carries out the moves a user asks for, by drop or by keyboard: asks for what the move needs,
 * sends the transition with the version the user saw, and only moves the card on the server's
 * answer. A refused move leaves the card where it was and says why. A move a stand-in makes for a
 * colleague goes out with `onBehalfOf`, whichever way it was asked for: the server then decides
 * with that colleague's rights and the history says "X thay mặt Y".
 */
@Injectable()
export class MoveRunner {
  private readonly api = inject(DondocApi);
  private readonly store = inject(BoardStore);
  private readonly notices = inject(NoticeService);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService).language;
  private readonly pendingValue = signal<PendingMove | null>(null);
  private readonly sendingValue = signal<ReadonlySet<string>>(new Set());

  /** The move whose dialog is open. */
  readonly pending = this.pendingValue.asReadonly();
  private readonly bulkReportValue = signal<BulkReport | null>(null);
  private readonly bulkRunning = signal(false);

  /** Ids of the cards whose move is on its way to the server. */
  readonly sending = this.sendingValue.asReadonly();
  readonly bulkReport = this.bulkReportValue.asReadonly();
  readonly bulkBusy = this.bulkRunning.asReadonly();

  request(card: CardDto, move: BoardMove): void {
    if (this.sendingValue().has(card.id)) return;
    if (fieldsFor(move).length > 0) {
      this.pendingValue.set({ card, move });
      return;
    }
    void this.send(card, move, { event: move.event, expectedVersion: card.version });
  }

  /**
   * Moves every card to the target column, asking the dialog once when the move needs input.
   * Resolves with what became of each card (also kept in `bulkReport`).
   */
  requestBulk(target: BulkTarget, cards: readonly CardDto[]): Promise<BulkOutcome[]> | null {
    const first = cards[0];
    const move = first && target.moves.get(first.id);
    if (!first || !move || this.bulkRunning()) return null;
    if (target.fieldKeys.length > 0) {
      this.pendingValue.set({ card: first, move, bulk: { target, cards } });
      return null;
    }
    return this.sendBulk(target, cards, {});
  }

  /** Called by the dialog with the request it built. */
  confirm(request: TransitionRequest): void {
    const pending = this.pendingValue();
    if (!pending) return;
    this.pendingValue.set(null);
    if (pending.bulk) {
      const { comment, payload } = request;
      void this.sendBulk(pending.bulk.target, pending.bulk.cards, { comment, payload });
      return;
    }
    void this.send(pending.card, pending.move, request);
  }

  clearBulkReport(): void {
    this.bulkReportValue.set(null);
  }

  cancel(): void {
    this.pendingValue.set(null);
  }

  /**
   * A drop the workflow does not allow (the column refused the card): says why, in a notice that
   * the live region reads too. `refusal` is the workflow's own answer for that column (dropRefusal:
   * no move leads there, the user's unit has no say, four eyes), said in the user's language;
   * `allowed` are the columns the card may go to from where it is, added as a hint.
   */
  refuse(
    card: CardDto,
    column: BoardColumn,
    allowed: readonly BoardColumn[] = [],
    refusal: DropRefusal | null = null,
  ): void {
    const targets = [...new Set(allowed)].map((target) => this.columnName(target));
    const where =
      targets.length > 0
        ? this.text('move.onlyTo', { columns: targets.join(', ') })
        : this.text('move.noneForYou');
    // "No move leads there" is what the hint says already; a relation or four eyes is news.
    const why =
      refusal && refusal.code !== 'EVENT_NOT_ACCEPTED' ? `${this.refusalText(refusal)}; ${where}` : where;
    this.notices.show(
      'error',
      this.text('move.notAllowedBecause', { ref: card.ref, column: this.columnName(column), why }),
    );
  }

  async send(card: CardDto, move: BoardMove, request: TransitionRequest): Promise<void> {
    const result = await this.attempt(card, actingRequest(move, request));
    if (result.ok) {
      const column = this.columnName(result.card.column);
      const where = move.onBehalfOf
        ? this.text('move.columnOnBehalfOf', { column, name: move.onBehalfOf.name })
        : column;
      this.notices.show('success', this.text('move.moved', { ref: card.ref, column: where }));
    } else if (result.notice) {
      this.notices.show('error', result.notice);
    }
  }

  /**
   * One transition per card, each with the card's own event and the version the board holds for
   * it (and, for a stand-in's move, whom it is made for); the dialog's comment and payload, if
   * any, go with every card. Reports successes and refusals in one notice.
   */
  private async sendBulk(
    target: BulkTarget,
    cards: readonly CardDto[],
    input: Pick<TransitionRequest, 'comment' | 'payload'>,
  ): Promise<BulkOutcome[]> {
    this.bulkRunning.set(true);
    this.bulkReportValue.set(null);
    const queue = [...cards];
    const outcomes: BulkOutcome[] = [];
    const worker = async () => {
      for (let card = queue.shift(); card; card = queue.shift()) {
        const move = target.moves.get(card.id);
        const held = this.store.card(card.id) ?? card;
        if (!move) continue;
        const request: TransitionRequest = { event: move.event, expectedVersion: held.version };
        if (input.comment !== undefined) request.comment = input.comment;
        if (input.payload !== undefined) request.payload = input.payload;
        const result = await this.attempt(held, actingRequest(move, request));
        outcomes.push(
          result.ok ? { card: held, moved: true } : { card: held, moved: false, reason: result.reason },
        );
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(BULK_CONCURRENCY, cards.length) }, worker));
    } finally {
      this.bulkRunning.set(false);
    }
    // In the order the user saw the cards, not the order the answers came back.
    const order = new Map(cards.map((card, index) => [card.id, index]));
    outcomes.sort((a, b) => (order.get(a.card.id) ?? 0) - (order.get(b.card.id) ?? 0));
    this.report(target.column, outcomes);
    return outcomes;
  }

  private report(column: BoardColumn, outcomes: readonly BulkOutcome[]): void {
    const moved = outcomes.filter((outcome) => outcome.moved).map((outcome) => outcome.card);
    const refused = outcomes.flatMap((outcome) =>
      outcome.moved ? [] : [{ card: outcome.card, reason: outcome.reason }],
    );
    this.bulkReportValue.set({ column, moved, refused });
    const summary = this.text('bulk.report', {
      moved: moved.length,
      total: outcomes.length,
      column: this.columnName(column),
    });
    if (refused.length === 0) {
      this.notices.show('success', summary);
      return;
    }
    const reasons = refused.map(({ card, reason }) => `${card.ref} (${reason})`).join('; ');
    this.notices.show('error', `${summary} ${this.text('bulk.refused', { reasons })}`);
  }

  /** Sends one transition and applies the answer; a refusal says why, in a notice and in short. */
  private async attempt(card: CardDto, request: TransitionRequest): Promise<Attempt> {
    this.setSending(card.id, true);
    try {
      const answer = await this.api.transition(card.id, request);
      this.store.applyChange(answer);
      return { ok: true, card: answer.card };
    } catch (error) {
      return this.explainRefusal(card, error);
    } finally {
      this.setSending(card.id, false);
    }
  }

  private explainRefusal(card: CardDto, error: unknown): Attempt {
    const failure = toApiFailure(error);
    if (failure.code === 'VERSION_CONFLICT' && isCard(failure.current)) {
      this.store.applyCard(failure.current);
      const column = this.columnName(failure.current.column);
      return {
        ok: false,
        reason: this.text('errors.VERSION_CONFLICT'),
        notice: this.text('move.conflict', { ref: card.ref, column }),
      };
    }
    if (failure.code === 'NETWORK') {
      return {
        ok: false,
        reason: this.text('errors.NETWORK'),
        notice: this.text('move.networkError', { ref: card.ref }),
      };
    }
    // On a 401 the interceptor already sends the user to the login page: no notice.
    if (failure.status === 401)
      return { ok: false, reason: this.text('errors.UNAUTHENTICATED'), notice: null };
    const reason = errorText(failure, this.language(), (key, params) => this.text(key, params));
    return { ok: false, reason, notice: this.text('move.refused', { ref: card.ref, reason }) };
  }

  private setSending(cardId: string, sending: boolean): void {
    this.sendingValue.update((ids) => {
      const next = new Set(ids);
      if (sending) next.add(cardId);
      else next.delete(cardId);
      return next;
    });
  }

  /** The workflow's reason: as written in Vietnamese, else the text of its rule or code. */
  private refusalText(refusal: DropRefusal): string {
    if (this.language() === 'vi') return refusal.reason;
    // A relation or four eyes is FORBIDDEN; any other refusal of a drop says the move is not possible.
    const code = refusal.code === 'FORBIDDEN' ? 'FORBIDDEN' : 'EVENT_NOT_ACCEPTED';
    return this.text(errorKey({ code, rule: refusal.rule }));
  }

  private columnName(column: BoardColumn): string {
    return this.text(`columns.${column}`);
  }

  private text(key: string, params?: Record<string, unknown>): string {
    return String(this.translate.instant(key, params));
  }
}
