import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';

/** Every administration route is the ward admin's; others are told so rather than shown a 404. */
export function requireAdmin(user: AuthUser): void {
  if (!user.roles.includes('admin'))
    throw new AppError('FORBIDDEN', 'Chỉ quản trị viên của phường được làm việc này');
}

/** The same value in whichever case and spacing an admin types it, for comparing names. */
export function foldedText(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/** Trimmed, spaces collapsed, in NFC; the first spelling of each folded value kept, blanks dropped. */
export function distinctTexts(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const value of values) {
    const text = value.normalize('NFC').trim().replace(/\s+/g, ' ');
    const key = foldedText(text);
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push(text);
  }
  return kept;
}
