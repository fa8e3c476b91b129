/**
 * `attachment` with the name twice: an ASCII fallback (Vietnamese letters without their marks,
 * "Kế hoạch" → "Ke hoach") for old clients, and the exact UTF-8 name as RFC 5987 `filename*`,
 * which every current browser prefers.
 */
export function attachmentDisposition(name: string): string {
  const fallback = asciiFallback(name).replace(/["\\]/g, '\\$&');
  const exact = /^[\x20-\x7e]*$/.test(name) ? '' : `; filename*=UTF-8''${rfc5987(name)}`;
  return `attachment; filename="${fallback}"${exact}`;
}

function asciiFallback(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_');
}

/** encodeURIComponent leaves ' ( ) * as they are; RFC 5987's attr-char does not allow them. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
