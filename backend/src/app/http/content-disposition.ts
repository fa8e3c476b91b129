import { create } from 'content-disposition';

/**
 * `attachment` with the name twice: the exact UTF-8 name as RFC 5987 `filename*`, which every
 * current browser prefers, and for old clients an ASCII fallback that keeps Vietnamese readable
 * ("Kế hoạch" → "Ke hoach") where the library's own fallback would write "K? ho?ch".
 */
export function attachment(name: string): string {
  const exact = name.normalize('NFC');
  return create(exact, { fallback: asciiFallback(exact) });
}

function asciiFallback(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_');
}
