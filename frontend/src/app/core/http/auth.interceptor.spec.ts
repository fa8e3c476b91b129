import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { API, type ApiErrorBody, type CurrentUser, type LoginResponse } from '@dondoc/contracts';
import { firstValueFrom } from 'rxjs';
import { aUser } from '../../../testing/factories';
import { Session } from '../auth/session';
import { authInterceptor, quietExpiry } from './auth.interceptor';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankPage {}

const PLANS = API.plans;
const expired: ApiErrorBody = { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Phiên đã hết hạn' };
const renewed = (accessToken: string): LoginResponse => ({ accessToken, user: aUser() });

async function setUp(token: string | null = 'jwt-old') {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'dang-nhap', component: BlankPage },
        { path: '**', component: BlankPage },
      ]),
    ],
  });
  const session = TestBed.inject(Session);
  if (token) session.start(token, aUser());
  const router = TestBed.inject(Router);
  await router.navigateByUrl('/ke-hoach/p-1');
  return {
    http: TestBed.inject(HttpClient),
    backend: TestBed.inject(HttpTestingController),
    session,
    router,
  };
}

/** Lets promise chains (the refresh, the router) run to their end. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

const bearerOf = (request: TestRequest) => request.request.headers.get('Authorization');

describe('authInterceptor', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('sends the bearer token to the API, and none to the session calls', async () => {
    const { http, backend } = await setUp();
    void firstValueFrom(http.get(PLANS));
    void firstValueFrom(http.post(API.login, { username: 'a', password: 'b' }));
    void firstValueFrom(http.post(API.logout, null));
    expect(bearerOf(backend.expectOne(PLANS))).toBe('Bearer jwt-old');
    expect(bearerOf(backend.expectOne(API.login))).toBeNull();
    expect(bearerOf(backend.expectOne(API.logout))).toBeNull();
  });

  it('renews an expired token once and sends the request again with the new one', async () => {
    const { http, backend, session } = await setUp();
    const answer = firstValueFrom(http.get<string[]>(PLANS));
    backend.expectOne(PLANS).flush(expired, { status: 401, statusText: 'Unauthorized' });
    await settle();

    const refresh = backend.expectOne(API.refresh);
    expect(refresh.request.method).toBe('POST');
    expect(bearerOf(refresh)).toBeNull();
    refresh.flush(renewed('jwt-new'));
    await settle();

    const retry = backend.expectOne(PLANS);
    expect(bearerOf(retry)).toBe('Bearer jwt-new');
    retry.flush(['p-1']);
    expect(await answer).toEqual(['p-1']);
    expect(session.token()).toBe('jwt-new');
    expect(localStorage.getItem('dondoc.token')).toBe('jwt-new');
  });

  it('shares one refresh between requests that fail together', async () => {
    const { http, backend } = await setUp();
    const answers = [PLANS, API.leadership, API.unitBoard].map((url) => firstValueFrom(http.get(url)));
    for (const url of [PLANS, API.leadership, API.unitBoard])
      backend.expectOne(url).flush(expired, { status: 401, statusText: 'Unauthorized' });
    await settle();

    backend.expectOne(API.refresh).flush(renewed('jwt-new'));
    await settle();

    for (const url of [PLANS, API.leadership, API.unitBoard]) {
      const retry = backend.expectOne(url);
      expect(bearerOf(retry)).toBe('Bearer jwt-new');
      retry.flush({ url });
    }
    expect(await Promise.all(answers)).toEqual([
      { url: PLANS },
      { url: API.leadership },
      { url: API.unitBoard },
    ]);
  });

  it('uses a token renewed meanwhile instead of spending the refresh token again', async () => {
    const { http, backend, session } = await setUp();
    const late = firstValueFrom(http.get(API.leadership));
    const sentWithOld = backend.expectOne(API.leadership);
    // Another request renewed the session while this one was on its way with the old token.
    session.start('jwt-new', aUser());
    sentWithOld.flush(expired, { status: 401, statusText: 'Unauthorized' });
    await settle();

    backend.expectNone(API.refresh);
    const retry = backend.expectOne(API.leadership);
    expect(bearerOf(retry)).toBe('Bearer jwt-new');
    retry.flush({ ok: true });
    expect(await late).toEqual({ ok: true });
  });

  it('signs out to the login page, remembering where the user was, when the session cannot be renewed', async () => {
    const { http, backend, session, router } = await setUp();
    const answer = firstValueFrom(http.get(PLANS)).catch((error: unknown) => error);
    backend.expectOne(PLANS).flush(expired, { status: 401, statusText: 'Unauthorized' });
    await settle();
    backend.expectOne(API.refresh).flush(expired, { status: 401, statusText: 'Unauthorized' });
    await settle();

    const error = await answer;
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect((error as HttpErrorResponse).status).toBe(401);
    expect(session.token()).toBeNull();
    expect(router.url).toBe('/dang-nhap?next=%2Fke-hoach%2Fp-1');
  });

  it('signs out when even the renewed token is refused', async () => {
    const { http, backend, session, router } = await setUp();
    const answer = firstValueFrom(http.get(PLANS)).catch((error: unknown) => error);
    backend.expectOne(PLANS).flush(expired, { status: 401, statusText: 'Unauthorized' });
    await settle();
    backend.expectOne(API.refresh).flush(renewed('jwt-new'));
    await settle();
    backend.expectOne(PLANS).flush(expired, { status: 401, statusText: 'Unauthorized' });
    await settle();

    expect(((await answer) as HttpErrorResponse).status).toBe(401);
    expect(session.token()).toBeNull();
    expect(router.url.startsWith('/dang-nhap')).toBe(true);
  });

  it('leaves a failed quiet call ("who am I") to its caller, without navigating', async () => {
    const { http, backend, session, router } = await setUp();
    const answer = firstValueFrom(http.get<CurrentUser>(API.me, { context: quietExpiry() })).catch(
      (error: unknown) => error,
    );
    backend.expectOne(API.me).flush(expired, { status: 401, statusText: 'Unauthorized' });
    await settle();
    backend.expectOne(API.refresh).flush(expired, { status: 401, statusText: 'Unauthorized' });
    await settle();

    expect(((await answer) as HttpErrorResponse).status).toBe(401);
    expect(session.token()).toBe('jwt-old');
    expect(router.url).toBe('/ke-hoach/p-1');
  });

  it('passes other refusals through untouched, and never refreshes after a failed login', async () => {
    const { http, backend } = await setUp();
    const forbidden = firstValueFrom(http.get(PLANS)).catch((error: unknown) => error);
    backend.expectOne(PLANS).flush({ code: 'FORBIDDEN' }, { status: 403, statusText: 'Forbidden' });
    const login = firstValueFrom(http.post(API.login, {})).catch((error: unknown) => error);
    backend
      .expectOne(API.login)
      .flush({ code: 'INVALID_CREDENTIALS' }, { status: 401, statusText: 'Unauthorized' });
    await settle();

    expect(((await forbidden) as HttpErrorResponse).status).toBe(403);
    expect(((await login) as HttpErrorResponse).status).toBe(401);
    backend.expectNone(API.refresh);
  });

  it('sends a signed-out caller’s 401 to the login page without trying to renew', async () => {
    const { http, backend, router } = await setUp(null);
    const answer = firstValueFrom(http.get(PLANS)).catch((error: unknown) => error);
    const sent = backend.expectOne(PLANS);
    expect(bearerOf(sent)).toBeNull();
    sent.flush(expired, { status: 401, statusText: 'Unauthorized' });
    await settle();

    expect(((await answer) as HttpErrorResponse).status).toBe(401);
    backend.expectNone(API.refresh);
    expect(router.url.startsWith('/dang-nhap')).toBe(true);
  });
});
