import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  NOTIFICATIONS_API,
  type DigestDto,
  type NotificationDto,
  type NotificationListDto,
  type NotificationListQuery,
  type ReadAllResponse,
} from '@dondoc/contracts';
import { firstValueFrom } from 'rxjs';

/** The bell's REST calls, as promises. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  list(query: NotificationListQuery = {}): Promise<NotificationListDto> {
    return firstValueFrom(this.http.get<NotificationListDto>(NOTIFICATIONS_API.list(query)));
  }

  markRead(id: string): Promise<NotificationDto> {
    return firstValueFrom(this.http.post<NotificationDto>(NOTIFICATIONS_API.read(id), {}));
  }

  markAllRead(): Promise<ReadAllResponse> {
    return firstValueFrom(this.http.post<ReadAllResponse>(NOTIFICATIONS_API.readAll, {}));
  }

  digests(): Promise<DigestDto[]> {
    return firstValueFrom(this.http.get<DigestDto[]>(NOTIFICATIONS_API.digests));
  }
}
