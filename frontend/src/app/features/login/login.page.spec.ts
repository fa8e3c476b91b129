import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { API, type ApiErrorBody, type LoginResponse, MUST_CHANGE_PASSWORD } from '@dondoc/contracts';
import { aUser } from '../../../testing/factories';
import { provideTestTranslations } from '../../../testing/translate';
import { Session } from '../../core/auth/session';
import { LoginPage } from './login.page';

/** Lets the component's promise chain run to its end, then renders. */
async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

function byTestId<T extends HTMLElement>(fixture: ComponentFixture<unknown>, id: string): T | null {
  return (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${id}"]`);
}

function type(fixture: ComponentFixture<unknown>, id: string, value: string): void {
  const input = byTestId<HTMLInputElement>(fixture, id);
  if (!input) throw new Error(`no input ${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function setUp() {
  localStorage.clear();
  TestBed.configureTestingModule({
    imports: [LoginPage],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      provideTestTranslations(),
    ],
  });
  const fixture = TestBed.createComponent(LoginPage);
  const http = TestBed.inject(HttpTestingController);
  const router = TestBed.inject(Router);
  const navigate = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
  await fixture.whenStable();
  return { fixture, http, navigate };
}

async function submit(fixture: ComponentFixture<unknown>, username: string, password: string): Promise<void> {
  type(fixture, 'login-username', username);
  type(fixture, 'login-password', password);
  byTestId<HTMLButtonElement>(fixture, 'login-submit')?.click();
  await settle(fixture);
}

const refusal = (statusCode: number, code: ApiErrorBody['code']): ApiErrorBody => ({
  statusCode,
  code,
  message: 'x',
});

describe('LoginPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows no error before the first attempt', async () => {
    const { fixture } = await setUp();
    expect(byTestId(fixture, 'login-error')).toBeNull();
  });

  it.each([
    [401, 'INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng'],
    [500, 'INTERNAL', 'Không đăng nhập được, vui lòng thử lại sau'],
  ] as const)('on %i says: %s → %s', async (status, code, message) => {
    const { fixture, http, navigate } = await setUp();
    await submit(fixture, 'vhxh.chuyenvien', 'sai-mat-khau');

    const request = http.expectOne(API.login);
    expect(request.request.body).toEqual({ username: 'vhxh.chuyenvien', password: 'sai-mat-khau' });
    request.flush(refusal(status, code), { status, statusText: 'Refused' });
    await settle(fixture);

    expect(byTestId(fixture, 'login-error')?.textContent?.trim()).toBe(message);
    expect(byTestId<HTMLInputElement>(fixture, 'login-password')?.value).toBe('');
    expect(TestBed.inject(Session).token()).toBeNull();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('says when to try again after too many wrong passwords', async () => {
    const { fixture, http, navigate } = await setUp();
    await submit(fixture, 'vhxh.chuyenvien', 'sai-mat-khau');
    http.expectOne(API.login).flush(refusal(429, 'TOO_MANY_ATTEMPTS'), {
      status: 429,
      statusText: 'Too Many Requests',
      headers: { 'Retry-After': '840' },
    });
    await settle(fixture);

    expect(byTestId(fixture, 'login-error')?.textContent?.trim()).toBe(
      'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 14 phút.',
    );
    expect(navigate).not.toHaveBeenCalled();
  });

  it('asks for both fields without calling the server', async () => {
    const { fixture, http } = await setUp();
    await submit(fixture, '  ', '');
    http.expectNone(API.login);
    expect(byTestId(fixture, 'login-error')?.textContent?.trim()).toBe(
      'Vui lòng nhập tên đăng nhập và mật khẩu',
    );
  });

  it('keeps the token and opens the boards when the server accepts', async () => {
    const { fixture, http, navigate } = await setUp();
    await submit(fixture, 'vhxh.chuyenvien', 'dung-mat-khau');

    const answer: LoginResponse = { accessToken: 'jwt-token', user: aUser() };
    http.expectOne(API.login).flush(answer);
    await settle(fixture);

    expect(TestBed.inject(Session).token()).toBe('jwt-token');
    expect(localStorage.getItem('dondoc.token')).toBe('jwt-token');
    expect(navigate).toHaveBeenCalledWith('/');
    expect(byTestId(fixture, 'login-error')).toBeNull();
  });

  it('asks for a new password after a one-time password, checks it, and signs in with it', async () => {
    const { fixture, http, navigate } = await setUp();
    await submit(fixture, 'nc.moi', 'mot-lan-123');
    http
      .expectOne(API.login)
      .flush(
        { ...refusal(403, 'FORBIDDEN'), details: [MUST_CHANGE_PASSWORD] },
        { status: 403, statusText: 'Forbidden' },
      );
    await settle(fixture);
    expect(byTestId(fixture, 'login-must-change')?.textContent?.trim()).toBe(
      'Đây là mật khẩu dùng một lần. Hãy đặt mật khẩu mới để tiếp tục.',
    );
    expect(byTestId(fixture, 'login-error')).toBeNull();

    type(fixture, 'login-new-password', 'ngan');
    type(fixture, 'login-repeat-password', 'ngan');
    byTestId<HTMLButtonElement>(fixture, 'login-submit')?.click();
    await settle(fixture);
    http.expectNone(API.changePassword);
    expect(byTestId(fixture, 'login-error')?.textContent?.trim()).toBe('Mật khẩu mới quá ngắn');

    type(fixture, 'login-new-password', 'mat-khau-moi-2026');
    type(fixture, 'login-repeat-password', 'mat-khau-moi-2027');
    byTestId<HTMLButtonElement>(fixture, 'login-submit')?.click();
    await settle(fixture);
    http.expectNone(API.changePassword);
    expect(byTestId(fixture, 'login-error')?.textContent?.trim()).toBe(
      'Hai lần nhập mật khẩu mới không khớp nhau',
    );

    type(fixture, 'login-repeat-password', 'mat-khau-moi-2026');
    byTestId<HTMLButtonElement>(fixture, 'login-submit')?.click();
    await settle(fixture);
    const change = http.expectOne(API.changePassword);
    expect(change.request.body).toEqual({
      username: 'nc.moi',
      password: 'mot-lan-123',
      newPassword: 'mat-khau-moi-2026',
    });
    change.flush({ accessToken: 'new-token', user: aUser() });
    await settle(fixture);
    expect(TestBed.inject(Session).token()).toBe('new-token');
    expect(navigate).toHaveBeenCalledWith('/');
  });

  it.each([
    ['/ke-hoach/plan-158', '/ke-hoach/plan-158'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
  ])('after signing in goes back to %s only if it is a page of the app', async (next, expected) => {
    const { fixture, http, navigate } = await setUp();
    fixture.componentRef.setInput('next', next);
    await submit(fixture, 'vhxh.chuyenvien', 'dung-mat-khau');
    http.expectOne(API.login).flush({ accessToken: 't', user: aUser() });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(expected);
  });
});
