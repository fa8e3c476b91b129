import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { Router } from '@angular/router';
import { MUST_CHANGE_PASSWORD } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { AuthService } from '../../core/auth/auth.service';
import { toApiFailure } from '../../core/http/api-error';

type LoginError =
  | 'login.invalidCredentials'
  | 'login.missingFields'
  | 'login.failed'
  | 'login.tooManyAttempts'
  | 'login.newPasswordTooShort'
  | 'login.newPasswordsDiffer'
  | 'login.newPasswordRefused';

/** As the server requires (auth.service MIN_PASSWORD_LENGTH). */
export const MIN_NEW_PASSWORD_LENGTH = 10;

/** `/dang-nhap`: username and password, then back to where the user was going. */
@Component({
  selector: 'dd-login-page',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login.page.html',
  styleUrl: './login.page.css',
})
export class LoginPage {
  /** Where to go after signing in (set by the guard that sent the user here). */
  readonly next = input<string | undefined>();

  protected readonly username = signal('');
  protected readonly password = signal('');
  protected readonly submitting = signal(false);
  protected readonly error = signal<LoginError | null>(null);
  /** Minutes until the server takes attempts again, after too many wrong passwords. */
  protected readonly retryMinutes = signal(0);
  /** The password just typed is a one-time password: a new one must be chosen before going on. */
  protected readonly mustChange = signal(false);
  protected readonly newPassword = signal('');
  protected readonly repeatPassword = signal('');
  protected readonly minLength = MIN_NEW_PASSWORD_LENGTH;
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected read(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submitting()) return;
    const username = this.username().trim();
    const password = this.password();
    if (!username || !password) {
      this.error.set('login.missingFields');
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      if (this.mustChange()) {
        const refusal = newPasswordRefusal(this.newPassword(), this.repeatPassword());
        if (refusal) {
          this.error.set(refusal);
          return;
        }
        await this.auth.changePassword({ username, password, newPassword: this.newPassword() });
      } else {
        await this.auth.login({ username, password });
      }
      await this.router.navigateByUrl(safeNext(this.next()));
    } catch (error) {
      const failure = toApiFailure(error);
      if (failure.details?.includes(MUST_CHANGE_PASSWORD)) {
        this.mustChange.set(true);
        return;
      }
      if (this.mustChange() && failure.status === 400) {
        this.error.set('login.newPasswordRefused');
      } else if (failure.code === 'TOO_MANY_ATTEMPTS') {
        this.retryMinutes.set(retryAfterMinutes(error));
        this.error.set('login.tooManyAttempts');
      } else {
        this.error.set(failure.status === 401 ? 'login.invalidCredentials' : 'login.failed');
      }
      if (!this.mustChange()) this.password.set('');
    } finally {
      this.submitting.set(false);
    }
  }
}

function newPasswordRefusal(newPassword: string, repeated: string): LoginError | null {
  if (newPassword.length < MIN_NEW_PASSWORD_LENGTH) return 'login.newPasswordTooShort';
  if (newPassword !== repeated) return 'login.newPasswordsDiffer';
  return null;
}

/** The server's Retry-After (seconds) in whole minutes, at least one. */
function retryAfterMinutes(error: unknown): number {
  const seconds = error instanceof HttpErrorResponse ? Number(error.headers.get('Retry-After')) : NaN;
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 1;
}

/** Only paths of this app: a crafted `?next=https://…` must not send the user elsewhere. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/dang-nhap')
    ? next
    : '/';
}
