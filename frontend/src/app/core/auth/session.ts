import { Injectable, computed, inject, signal } from '@angular/core';
import type { CurrentUser } from '@dondoc/contracts';
import { TokenStorage } from './token-storage';

/**
 * Who is signed in. Holds no HTTP client so the HTTP interceptor can read it without a
 * dependency circle; AuthService does the talking.
 */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly storage = inject(TokenStorage);
  private readonly tokenValue = signal<string | null>(this.storage.read());
  private readonly userValue = signal<CurrentUser | null>(null);

  readonly token = this.tokenValue.asReadonly();
  readonly user = this.userValue.asReadonly();
  readonly signedIn = computed(() => this.tokenValue() !== null && this.userValue() !== null);

  start(token: string, user: CurrentUser): void {
    this.storage.write(token);
    this.tokenValue.set(token);
    this.userValue.set(user);
  }

  setUser(user: CurrentUser): void {
    this.userValue.set(user);
  }

  /** The token as stored for every tab: another tab may have renewed it since this one read it. */
  storedToken(): string | null {
    return this.storage.read();
  }

  /** Takes a token another tab renewed; the user stays who they were. */
  adopt(token: string): void {
    this.tokenValue.set(token);
  }

  end(): void {
    this.storage.clear();
    this.tokenValue.set(null);
    this.userValue.set(null);
  }
}
