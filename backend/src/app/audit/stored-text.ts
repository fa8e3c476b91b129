/**
 * A string as the database drivers store it: they encode UTF-8, turning an unpaired surrogate into
 * U+FFFD. Hashing the stored form keeps a stray surrogate in a comment from reading as tampering.
 */
export function storedText(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
