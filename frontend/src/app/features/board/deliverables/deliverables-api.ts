import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  DELIVERABLE_API,
  DELIVERABLE_UPLOAD_FIELD,
  type DeliverableFileDto,
  type TaskDeliverablesDto,
} from '@dondoc/contracts';
import { firstValueFrom } from 'rxjs';

/**
 * The deliverable calls of the task drawer. Downloads go through HttpClient like every other call,
 * so the auth interceptor adds the bearer token: no token ever sits in a URL (where history,
 * logs and Referer headers would keep it) and the server needs no second kind of token. Files are
 * at most DELIVERABLE_MAX_BYTES, small enough to hold as a Blob for the moment of the download.
 */
@Injectable({ providedIn: 'root' })
export class DeliverablesApi {
  private readonly http = inject(HttpClient);

  list(taskId: string): Promise<TaskDeliverablesDto> {
    return firstValueFrom(this.http.get<TaskDeliverablesDto>(DELIVERABLE_API.ofTask(taskId)));
  }

  upload(taskId: string, file: File): Promise<DeliverableFileDto> {
    const form = new FormData();
    form.append(DELIVERABLE_UPLOAD_FIELD, file, file.name);
    return firstValueFrom(this.http.post<DeliverableFileDto>(DELIVERABLE_API.ofTask(taskId), form));
  }

  remove(taskId: string, fileId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(DELIVERABLE_API.draftFile(taskId, fileId)));
  }

  content(fileId: string): Promise<Blob> {
    return firstValueFrom(this.http.get(DELIVERABLE_API.content(fileId), { responseType: 'blob' }));
  }
}
