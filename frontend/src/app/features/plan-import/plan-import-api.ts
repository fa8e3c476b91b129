import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  ImportCatalog,
  ImportRequest,
  ImportResult,
  PlanPreview,
  PreviewGrid,
} from './plan-import.types';

const BASE = '/api/plans/import';

/** A paste from Word or Excel: the clipboard's HTML when it has one, and its plain text. */
export interface PastedTable {
  html?: string;
  text?: string;
}

/** The calls of /api/plans/import; every reading is the server's, the page only edits and shows. */
@Injectable({ providedIn: 'root' })
export class PlanImportApi {
  private readonly http = inject(HttpClient);

  previewFile(file: File, amendsPlanId: string | null): Promise<PlanPreview> {
    const form = new FormData();
    form.append('file', file, file.name);
    if (amendsPlanId) form.append('amendsPlanId', amendsPlanId);
    return firstValueFrom(this.http.post<PlanPreview>(`${BASE}/preview`, form));
  }

  previewPaste(paste: PastedTable, amendsPlanId: string | null): Promise<PlanPreview> {
    return firstValueFrom(
      this.http.post<PlanPreview>(`${BASE}/preview`, { ...paste, ...amends(amendsPlanId) }),
    );
  }

  /** The person's corrected rows, read again by the server's one parser. */
  previewGrid(
    grid: PreviewGrid,
    sourceSha256: string | null,
    year: number,
    amendsPlanId: string | null,
  ): Promise<PlanPreview> {
    return firstValueFrom(
      this.http.post<PlanPreview>(`${BASE}/preview`, { grid, sourceSha256, year, ...amends(amendsPlanId) }),
    );
  }

  confirm(request: ImportRequest): Promise<ImportResult> {
    return firstValueFrom(this.http.post<ImportResult>(BASE, request));
  }

  catalog(): Promise<ImportCatalog> {
    return firstValueFrom(this.http.get<ImportCatalog>(`${BASE}/catalog`));
  }
}

function amends(planId: string | null): { amendsPlanId?: string } {
  return planId ? { amendsPlanId: planId } : {};
}
