import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  COLLABORATION_API,
  type MyDelegationsDto,
  type TaskOpinionsDto,
  type TransitionResponse,
} from '@dondoc/contracts';
import { firstValueFrom } from 'rxjs';

/** The drawer's calls for working together: opinions, comments, the user's delegations. */
@Injectable({ providedIn: 'root' })
export class CollaborationApi {
  private readonly http = inject(HttpClient);

  opinions(taskId: string): Promise<TaskOpinionsDto> {
    return firstValueFrom(this.http.get<TaskOpinionsDto>(COLLABORATION_API.opinions(taskId)));
  }

  comment(taskId: string, text: string): Promise<TransitionResponse> {
    return firstValueFrom(this.http.post<TransitionResponse>(COLLABORATION_API.comments(taskId), { text }));
  }

  myDelegations(): Promise<MyDelegationsDto> {
    return firstValueFrom(this.http.get<MyDelegationsDto>(COLLABORATION_API.myDelegations));
  }
}

/** Whom a stand-in acted for, from an event's payload ("X thay mặt Y"). */
export function onBehalfOfName(payload: Record<string, unknown> | null): string | null {
  const mark = payload?.['onBehalfOf'];
  if (typeof mark !== 'object' || mark === null) return null;
  const name = (mark as { name?: unknown }).name;
  return typeof name === 'string' ? name : null;
}
