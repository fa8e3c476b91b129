import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API,
  type BoardDto,
  type LeadershipBoardDto,
  type LeadershipWardDto,
  type PlanSummaryDto,
  type TaskDetailDto,
  type TransitionRequest,
  type TransitionResponse,
  type UnitBoardDto,
} from '@dondoc/contracts';
import { firstValueFrom } from 'rxjs';
import { quietExpiry } from '../http/auth.interceptor';

/** The REST calls of the board, as promises: each is one request and one answer. */
@Injectable({ providedIn: 'root' })
export class DondocApi {
  private readonly http = inject(HttpClient);

  /** `quietExpiry`: a dead session is the caller's to handle (see `quietExpiry()`). */
  plans(options: { quietExpiry?: boolean } = {}): Promise<PlanSummaryDto[]> {
    return firstValueFrom(
      this.http.get<PlanSummaryDto[]>(API.plans, options.quietExpiry ? { context: quietExpiry() } : {}),
    );
  }

  board(planId: string): Promise<BoardDto> {
    return firstValueFrom(this.http.get<BoardDto>(API.board(planId)));
  }

  /**
   * The first `perColumn` cards of every column, with every column's total: a big board's first view.
   * `quietExpiry`: a dead session is the caller's to handle (see `quietExpiry()`).
   */
  boardStart(planId: string, perColumn: number, options: { quietExpiry?: boolean } = {}): Promise<BoardDto> {
    return firstValueFrom(
      this.http.get<BoardDto>(API.board(planId), {
        params: { perColumn: String(perColumn) },
        ...(options.quietExpiry ? { context: quietExpiry() } : {}),
      }),
    );
  }

  /** A ward's aggregates for its leadership (leader and admin only): the user's own, or a granted one. */
  leadership(wardId?: string): Promise<LeadershipBoardDto> {
    return firstValueFrom(
      this.http.get<LeadershipBoardDto>(wardId ? API.leadershipOfWard(wardId) : API.leadership),
    );
  }

  /** The wards whose leadership board the user may read: their own first, then granted ones. */
  leadershipWards(): Promise<LeadershipWardDto[]> {
    return firstValueFrom(this.http.get<LeadershipWardDto[]>(API.leadershipWards));
  }

  /** What the signed-in user's unit has to do, across the ward's plans. */
  unitBoard(): Promise<UnitBoardDto> {
    return firstValueFrom(this.http.get<UnitBoardDto>(API.unitBoard));
  }

  task(taskId: string): Promise<TaskDetailDto> {
    return firstValueFrom(this.http.get<TaskDetailDto>(API.task(taskId)));
  }

  transition(taskId: string, request: TransitionRequest): Promise<TransitionResponse> {
    return firstValueFrom(this.http.post<TransitionResponse>(API.transitions(taskId), request));
  }
}
