import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Router } from '@angular/router';
import { API, type CurrentUser, type LoginRequest, type LoginResponse } from '@dondoc/contracts';
import { firstValueFrom } from 'rxjs';
import { LOGIN_PATH } from '../../routes.paths';
import { quietExpiry } from '../http/auth.interceptor';
import { Session } from './session';

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  /** Signs in and keeps the token; rejects with the HTTP error (401 on wrong credentials). */
  async login(credentials: LoginRequest): Promise<CurrentUser> {
    const answer = await firstValueFrom(this.http.post<LoginResponse>(API.login, credentials));
    this.session.start(answer.accessToken, answer.user);
    return answer.user;
  }

  /** Replaces a one-time (or the current) password and signs in with the new one. */
  async changePassword(request: {
    username: string;
    password: string;
    newPassword: string;
  }): Promise<CurrentUser> {
    const answer = await firstValueFrom(this.http.post<LoginResponse>(API.changePassword, request));
    this.session.start(answer.accessToken, answer.user);
    return answer.user;
  }

  /** The signed-in user, asking the server once after a reload; null when the token is gone or dead. */
  async currentUser(): Promise<CurrentUser | null> {
    const known = this.session.user();
    if (known) return known;
    if (!this.session.token()) return null;
    try {
      const user = await firstValueFrom(this.http.get<CurrentUser>(API.me, { context: quietExpiry() }));
      this.session.setUser(user);
      return user;
    } catch {
      this.session.end();
      return null;
    }
  }

  /**
   * Asks the server whether the token still works (the socket was refused or kicked); an
   * expired session ends and the user goes to the login page. True when the session is alive.
   */
  async verifySession(): Promise<boolean> {
    if (!this.session.token()) return false;
    try {
      this.session.setUser(
        await firstValueFrom(this.http.get<CurrentUser>(API.me, { context: quietExpiry() })),
      );
      return true;
    } catch (error) {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) return true;
      this.session.end();
      await this.router.navigate([`/${LOGIN_PATH}`], { queryParams: { next: this.router.url } });
      return false;
    }
  }

  /** Ends the session on the server too (its refresh token stops working), then here. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>(API.logout, null));
    } catch {
      // Unreachable server: the session still ends here, and its refresh token expires on its own.
    }
    this.session.end();
    await this.router.navigateByUrl(`/${LOGIN_PATH}`);
  }
}
