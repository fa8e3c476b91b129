import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { API } from '@dondoc/contracts';
import { tap } from 'rxjs';
import { LOGIN_PATH } from '../../routes.paths';
import { Session } from '../auth/session';

/**
 * Sends the bearer token with every API call, and sends the user back to the login page when
 * the server says the token is missing or expired. The login call's own 401 is left to the form,
 * and the "who am I" call's to the route guard that made it.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(Session);
  const router = inject(Router);
  const token = session.token();
  const isLogin = request.url === API.login;
  const handlesOwn401 = isLogin || request.url === API.me;
  const authorised =
    token && !isLogin ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;

  return next(authorised).pipe(
    tap({
      error: (error: unknown) => {
        if (handlesOwn401 || !(error instanceof HttpErrorResponse) || error.status !== 401) return;
        session.end();
        void router.navigateByUrl(
          router.createUrlTree([`/${LOGIN_PATH}`], { queryParams: { next: router.url } }),
        );
      },
    }),
  );
};
