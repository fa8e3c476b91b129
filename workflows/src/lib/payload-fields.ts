/** Readers of untrusted payload fields: anything that is not what we expect reads as null. */

export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 4000;

export function trimmedText(value: unknown, maxLength = MAX_LONG_TEXT): string | null {
  if (typeof value !== 'string') return null;
  const text = value.normalize('NFC').trim();
  return text.length > 0 && text.length <= maxLength ? text : null;
}

export function finiteNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A reason may come as `payload.reason` or, from simple clients, as the command's comment. */
export function reasonOf(payload: Record<string, unknown>, comment: string | null): string | null {
  return trimmedText(payload['reason']) ?? trimmedText(comment);
}
