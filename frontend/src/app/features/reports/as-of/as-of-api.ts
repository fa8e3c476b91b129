import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { BoardDto, LeadershipBoardDto } from '@dondoc/contracts';
import { firstValueFrom } from 'rxjs';
import { fileNameOf } from '../download';
import type { FiguresDto } from '../reports.types';

/** A plan board as it stood at a day's end (read-only): the board's shape with the day and its figures. */
export interface AsOfBoardDto extends BoardDto {
  day: string;
  asOf: string;
}

export interface AsOfLeadershipDto extends LeadershipBoardDto {
  day: string;
}

export interface WeekPointDto {
  week: number;
  start: string;
  end: string;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
}

export interface PlanProgressDto {
  planId: string;
  symbol: string;
  title: string;
  total: number;
  done: number;
  due: number;
  overdue: number;
}

export interface LeadershipChartsDto {
  day: string;
  asOf: string;
  year: number;
  weeks: WeekPointDto[];
  plans: PlanProgressDto[];
}

const BASE = '/api/reports';

const params = (values: Record<string, string | null | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => !!entry[1]));

/** The boards "tại ngày dd/mm/yyyy", the leadership's charts and the board's .xlsx. */
@Injectable({ providedIn: 'root' })
export class AsOfApi {
  private readonly http = inject(HttpClient);

  planBoard(planId: string, day: string): Promise<AsOfBoardDto> {
    return firstValueFrom(
      this.http.get<AsOfBoardDto>(`${BASE}/plans/${planId}/board`, { params: { asOf: day } }),
    );
  }

  /** The ward's figures at a day's end (the per-unit chart of a leadership board shown as of it). */
  wardFigures(day: string): Promise<FiguresDto> {
    return firstValueFrom(this.http.get<FiguresDto>(`${BASE}/figures`, { params: { at: day } }));
  }

  leadership(day: string, wardId?: string): Promise<AsOfLeadershipDto> {
    return firstValueFrom(
      this.http.get<AsOfLeadershipDto>(`${BASE}/leadership`, { params: params({ asOf: day, wardId }) }),
    );
  }

  charts(day: string | null, wardId?: string): Promise<LeadershipChartsDto> {
    return firstValueFrom(
      this.http.get<LeadershipChartsDto>(`${BASE}/leadership/charts`, {
        params: params({ asOf: day, wardId }),
      }),
    );
  }

  /** The board's view as .xlsx: its filters as in its address, live or as of a day. */
  async boardXlsx(
    planId: string,
    view: Record<string, string | null | undefined>,
  ): Promise<{ blob: Blob; fileName: string }> {
    const response: HttpResponse<Blob> = await firstValueFrom(
      this.http.get(`${BASE}/plans/${planId}/board.xlsx`, {
        params: params(view),
        responseType: 'blob',
        observe: 'response',
      }),
    );
    const fileName = fileNameOf(response.headers.get('Content-Disposition')) ?? 'bang-nhiem-vu.xlsx';
    return { blob: response.body ?? new Blob([]), fileName };
  }
}
