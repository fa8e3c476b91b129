import { HttpBackend, HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API, type LoginResponse } from '@dondoc/contracts';
import { firstValueFrom } from 'rxjs';
import { Session } from './session';

/** The Web Locks API where the browser has it: one refresh at a time across the app's tabs. */
interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

const REFRESH_LOCK = 'dondoc.session-refresh';

/**
 * Renews the access token with the refresh cookie. Concurrent callers share one request: a refresh
 * token works once, and a second use of it would read as theft and end the session. Tabs queue behind
 * one lock for the same reason; a tab that waited finds the token the other tab stored and uses it.
 * Talks to the server past the interceptors, so a refusal here never loops back into a refresh.
 */
@Injectable({ providedIn: 'root' })
export class SessionRefresher {
  private readonly http = new HttpClient(inject(HttpBackend));
  private readonly session = inject(Session);
  private inFlight: Promise<string | null> | null = null;

  /** A working access token, or null when the session is over (the caller signs the user out). */
  refresh(staleToken: string | null = this.session.token()): Promise<string | null> {
    this.inFlight ??= this.renew(staleToken).finally(() => (this.inFlight = null));
    return this.inFlight;
  }

  private renew(staleToken: string | null): Promise<string | null> {
    const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
    return locks ? locks.request(REFRESH_LOCK, () => this.renewOnce(staleToken)) : this.renewOnce(staleToken);
  }

  private async renewOnce(staleToken: string | null): Promise<string | null> {
    const stored = this.session.storedToken();
    if (stored && stored !== staleToken) {
      // Another tab renewed the session while this one waited for the lock.
      this.session.adopt(stored);
      return stored;
    }
    try {
      const answer = await firstValueFrom(this.http.post<LoginResponse>(API.refresh, null));
      this.session.start(answer.accessToken, answer.user);
      return answer.accessToken;
    } catch {
      return null;
    }
  }
}
