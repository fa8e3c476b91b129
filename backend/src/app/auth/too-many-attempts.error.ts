import { AppError } from '../common/app-error';
import { vietnameseWait } from './lifetime';

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** Login refused before the password is even checked; the controller turns `retryAfterSeconds` into Retry-After. */
export class TooManyAttemptsError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    now: Date,
    lockedBy: 'account' | 'address',
  ) {
    const retryAt = new Date(now.getTime() + retryAfterSeconds * 1000 + VIETNAM_OFFSET_MS)
      .toISOString()
      .slice(11, 16);
    const why =
      lockedBy === 'account'
        ? 'Tài khoản này tạm bị khoá đăng nhập vì nhập sai mật khẩu nhiều lần.'
        : 'Có quá nhiều lần đăng nhập sai từ địa chỉ mạng của bạn.';
    super(
      'TOO_MANY_ATTEMPTS',
      `${why} Vui lòng thử lại sau ${vietnameseWait(retryAfterSeconds)} (lúc ${retryAt}).`,
    );
  }
}
