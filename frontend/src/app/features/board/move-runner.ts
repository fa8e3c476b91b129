import { Injectable, inject, signal } from '@angular/core';
import type { CardDto, MoveOptionDto, TransitionRequest } from '@dondoc/contracts';
import { type BoardColumn, isBoardColumn } from '@dondoc/domain';
import { TranslateService } from '@ngx-translate/core';
import { DondocApi } from '../../core/api/dondoc-api';
import { toApiFailure } from '../../core/http/api-error';
import { NoticeService } from '../../core/notify/notice.service';
import { BoardStore } from './board-store';
import { fieldsFor } from './move-form';

/** A move waiting for the user to fill in what it needs (reason, deliverable…). */
export interface PendingMove {
  card: CardDto;
  move: MoveOptionDto;
}

function isCard(value: unknown): value is CardDto {
  if (typeof value !== 'object' || value === null) return false;
  const card = value as Partial<CardDto>;
  return typeof card.id === 'string' && typeof card.version === 'number' && isBoardColumn(card.column);
}

/**
 * Carries out the moves a user asks for, by drop or by keyboard: asks for what the move needs,
 * sends the transition with the version the user saw, and only moves the card on the server's
 * answer. A refused move leaves the card where it was and says why.
 */
@Injectable()
export class MoveRunner {
  private readonly api = inject(DondocApi);
  private readonly store = inject(BoardStore);
  private readonly notices = inject(NoticeService);
  private readonly translate = inject(TranslateService);
  private readonly pendingValue = signal<PendingMove | null>(null);
  private readonly sendingValue = signal<ReadonlySet<string>>(new Set());

  /** The move whose dialog is open. */
  readonly pending = this.pendingValue.asReadonly();
  /** Ids of the cards whose move is on its way to the server. */
  readonly sending = this.sendingValue.asReadonly();

  request(card: CardDto, move: MoveOptionDto): void {
    if (this.sendingValue().has(card.id)) return;
    if (fieldsFor(move).length > 0) {
      this.pendingValue.set({ card, move });
      return;
    }
    void this.send(card, move, { event: move.event, expectedVersion: card.version });
  }

  /** Called by the dialog with the request it built. */
  confirm(request: TransitionRequest): void {
    const pending = this.pendingValue();
    if (!pending) return;
    this.pendingValue.set(null);
    void this.send(pending.card, pending.move, request);
  }

  cancel(): void {
    this.pendingValue.set(null);
  }

  /** A drop or menu choice the workflow does not allow (should not happen: such columns refuse drops). */
  refuse(card: CardDto, column: BoardColumn): void {
    this.notices.show(
      'error',
      this.text('move.notAllowed', { ref: card.ref, column: this.columnName(column) }),
    );
  }

  async send(card: CardDto, move: MoveOptionDto, request: TransitionRequest): Promise<void> {
    this.setSending(card.id, true);
    try {
      const answer = await this.api.transition(card.id, request);
      this.store.applyChange(answer);
      this.notices.show(
        'success',
        this.text('move.moved', { ref: card.ref, column: this.columnName(answer.card.column) }),
      );
    } catch (error) {
      this.explainRefusal(card, error);
    } finally {
      this.setSending(card.id, false);
    }
  }

  private explainRefusal(card: CardDto, error: unknown): void {
    const failure = toApiFailure(error);
    if (failure.code === 'VERSION_CONFLICT' && isCard(failure.current)) {
      this.store.applyCard(failure.current);
      const column = this.columnName(failure.current.column);
      this.notices.show('error', this.text('move.conflict', { ref: card.ref, column }));
      return;
    }
    if (failure.code === 'NETWORK') {
      this.notices.show('error', this.text('move.networkError', { ref: card.ref }));
      return;
    }
    if (failure.status === 401) return; // the interceptor already sends the user to the login page
    const reason =
      failure.code === 'UNKNOWN'
        ? this.text('errors.UNKNOWN')
        : failure.message || this.text(`errors.${failure.code}`);
    this.notices.show('error', this.text('move.refused', { ref: card.ref, reason }));
  }

  private setSending(cardId: string, sending: boolean): void {
    this.sendingValue.update((ids) => {
      const next = new Set(ids);
      if (sending) next.add(cardId);
      else next.delete(cardId);
      return next;
    });
  }

  private columnName(column: BoardColumn): string {
    return this.text(`columns.${column}`);
  }

  private text(key: string, params?: Record<string, unknown>): string {
    return String(this.translate.instant(key, params));
  }
}
