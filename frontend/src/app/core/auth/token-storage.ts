import { Injectable } from '@angular/core';

const TOKEN_KEY = 'dondoc.token';

/** Where the access token survives a reload. Storage failures only cost the user a new login. */
@Injectable({ providedIn: 'root' })
export class TokenStorage {
  read(): string | null {
    try {
      return localStorage.getItem(TOKEN_KEY);
    } catch {
      return null;
    }
  }

  write(token: string): void {
    try {
      localStorage.setItem(TOKEN_KEY, token);
    } catch {
      // Not remembered: the session still works until the tab is closed.
    }
  }

  clear(): void {
    try {
      localStorage.removeItem(TOKEN_KEY);
    } catch {
      // Nothing stored, nothing to clear.
    }
  }
}
