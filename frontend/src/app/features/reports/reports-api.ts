import { HttpClient, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AskedPartDto,
  FiguresDto,
  OpenRoundRequest,
  ResultFileDto,
  RoundCommandRequest,
  RoundDto,
  RoundSummaryDto,
} from '@dondoc/contracts';
import { DELIVERABLE_UPLOAD_FIELD, REPORTS_API, RESULT_FILE_TASK_FIELD } from '@dondoc/contracts';
import { firstValueFrom } from 'rxjs';
import { fileNameOf } from './download';
import type { PeriodQuery } from './reports.types';

const BASE = '/api/reports';

export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** The calls of /api/reports; the auth interceptor adds the bearer token to each, downloads included. */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  planFigures(planId: string, query: PeriodQuery): Promise<FiguresDto> {
    return firstValueFrom(
      this.http.get<FiguresDto>(`${BASE}/plans/${planId}/figures`, { params: { ...query } }),
    );
  }

  /** The ward's figures now (no query) or as of a period's cut-off. */
  wardFigures(query?: PeriodQuery): Promise<FiguresDto> {
    return firstValueFrom(
      this.http.get<FiguresDto>(`${BASE}/figures`, query ? { params: { ...query } } : {}),
    );
  }

  rounds(planId: string): Promise<RoundSummaryDto[]> {
    return firstValueFrom(this.http.get<RoundSummaryDto[]>(`${BASE}/rounds`, { params: { planId } }));
  }

  round(roundId: string): Promise<RoundDto> {
    return firstValueFrom(this.http.get<RoundDto>(`${BASE}/rounds/${roundId}`));
  }

  openRound(request: OpenRoundRequest): Promise<RoundDto> {
    return firstValueFrom(this.http.post<RoundDto>(`${BASE}/rounds`, request));
  }

  command(roundId: string, command: RoundCommandRequest): Promise<RoundDto> {
    return firstValueFrom(this.http.post<RoundDto>(`${BASE}/rounds/${roundId}/commands`, command));
  }

  myParts(): Promise<AskedPartDto[]> {
    return firstValueFrom(this.http.get<AskedPartDto[]>(`${BASE}/parts/mine`));
  }

  roundReport(roundId: string): Promise<DownloadedFile> {
    return this.download(`${BASE}/rounds/${roundId}/report.docx`, {}, 'bao-cao.docx');
  }

  planAppendix(planId: string, query: PeriodQuery & { roundId?: string }): Promise<DownloadedFile> {
    return this.download(`${BASE}/plans/${planId}/appendix.xlsx`, { ...query }, 'phu-luc.xlsx');
  }

  boardView(planId: string, query: PeriodQuery): Promise<DownloadedFile> {
    return this.download(`${BASE}/plans/${planId}/board.xlsx`, { ...query }, 'bang-nhiem-vu.xlsx');
  }

  /** Attaches a file to the unit's result of one task of its part. */
  uploadResultFile(roundId: string, unitId: string, taskId: string, file: File): Promise<ResultFileDto> {
    const form = new FormData();
    form.append(RESULT_FILE_TASK_FIELD, taskId);
    form.append(DELIVERABLE_UPLOAD_FIELD, file, file.name);
    return firstValueFrom(this.http.post<ResultFileDto>(REPORTS_API.resultFiles(roundId, unitId), form));
  }

  removeResultFile(roundId: string, fileId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(REPORTS_API.resultFile(roundId, fileId)));
  }

  resultFile(roundId: string, file: ResultFileDto): Promise<DownloadedFile> {
    return this.download(REPORTS_API.resultFileContent(roundId, file.id), {}, file.name);
  }

  private async download(
    url: string,
    params: Record<string, string>,
    fallback: string,
  ): Promise<DownloadedFile> {
    const response: HttpResponse<Blob> = await firstValueFrom(
      this.http.get(url, { params, responseType: 'blob', observe: 'response' }),
    );
    const fileName = fileNameOf(response.headers.get('Content-Disposition')) ?? fallback;
    return { blob: response.body ?? new Blob([]), fileName };
  }
}
