import {
  HttpContext,
  HttpContextToken,
  HttpErrorResponse,
  type HttpInterceptorFn,
  type HttpRequest,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { API } from '@dondoc/contracts';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { LOGIN_PATH } from '../../routes.paths';
import { Session } from '../auth/session';
import { SessionRefresher } from '../auth/session-refresher';

/** Calls that manage the session itself: no bearer token, and their 401 is an answer, not an expiry. */
const SESSION_CALLS: readonly string[] = [API.login, API.refresh, API.logout];

/**
 * Marks a request whose caller decides what a dead session means (the route guard's "who am I",
 * the board read made at start while that guard runs): its 401 is renewed once like any other,
 * and when renewal fails the error goes back to the caller without sending anyone to the login page.
 */
const QUIET_EXPIRY = new HttpContextToken<boolean>(() => false);

export function quietExpiry(): HttpContext {
  return new HttpContext().set(QUIET_EXPIRY, true);
}

/**
 * Sends the bearer token with every API call. A 401 means the short-lived token expired: the session
 * is renewed once (one refresh shared by every request that failed meanwhile) and the request sent
 * again. When the session cannot be renewed the user goes to the login page, except for the calls marked
 * with `quietExpiry()`.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (SESSION_CALLS.includes(request.url)) return next(request);
  const session = inject(Session);
  const refresher = inject(SessionRefresher);
  const router = inject(Router);
  const token = session.token();
  const send = (bearer: string | null) => next(withBearer(request, bearer));
  const signOut = () => {
    if (request.context.get(QUIET_EXPIRY)) return;
    session.end();
    void router.navigateByUrl(
      router.createUrlTree([`/${LOGIN_PATH}`], { queryParams: { next: router.url } }),
    );
  };
  const isExpiry = (error: unknown) => error instanceof HttpErrorResponse && error.status === 401;

  return send(token).pipe(
    catchError((error: unknown) => {
      if (!isExpiry(error)) return throwError(() => error);
      if (!token) {
        signOut();
        return throwError(() => error);
      }
      return from(refresher.refresh(token)).pipe(
        switchMap((fresh) => {
          if (!fresh) {
            signOut();
            return throwError(() => error);
          }
          return send(fresh).pipe(
            catchError((retryError: unknown) => {
              if (isExpiry(retryError)) signOut();
              return throwError(() => retryError);
            }),
          );
        }),
      );
    }),
  );
};

function withBearer<T>(request: HttpRequest<T>, token: string | null): HttpRequest<T> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}
