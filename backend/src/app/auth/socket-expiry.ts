import type { AuthExpiredMessage } from '@dondoc/contracts';
import type { Socket } from 'socket.io';
import type { VerifiedAccess } from './token.service';

/** setTimeout's longest delay (about 24.8 days); longer lifetimes wait in steps. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * A socket lives no longer than the access token it was opened with: at the token's expiry it is told
 * why ('auth.expired') and closed. The client reconnects with a fresh token.
 */
export function closeAtExpiry(socket: Socket, access: VerifiedAccess): void {
  if (socket.disconnected) return;
  const message: AuthExpiredMessage = { expiredAt: access.expiresAt.toISOString() };
  let timer: ReturnType<typeof setTimeout>;
  const wait = (remainingMs: number) => {
    timer = setTimeout(
      () => {
        if (remainingMs > LONGEST_TIMER_MS) return wait(remainingMs - LONGEST_TIMER_MS);
        socket.emit('auth.expired', message);
        socket.disconnect(true);
      },
      Math.max(0, Math.min(remainingMs, LONGEST_TIMER_MS)),
    );
  };
  wait(access.remainingMs);
  socket.once('disconnect', () => clearTimeout(timer));
}
