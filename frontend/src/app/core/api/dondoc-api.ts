import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API,
  type BoardDto,
  type LeadershipBoardDto,
  type PlanSummaryDto,
  type TaskDetailDto,
  type TransitionRequest,
  type TransitionResponse,
  type UnitBoardDto,
} from '@dondoc/contracts';
import { firstValueFrom } from 'rxjs';

/** The REST calls of the board, as promises: each is one request and one answer. */
@Injectable({ providedIn: 'root' })
export class DondocApi {
  private readonly http = inject(HttpClient);

  plans(): Promise<PlanSummaryDto[]> {
    return firstValueFrom(this.http.get<PlanSummaryDto[]>(API.plans));
  }

  board(planId: string): Promise<BoardDto> {
    return firstValueFrom(this.http.get<BoardDto>(API.board(planId)));
  }

  /** The ward's aggregates for its leadership (leader and admin only). */
  leadership(): Promise<LeadershipBoardDto> {
    return firstValueFrom(this.http.get<LeadershipBoardDto>(API.leadership));
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
