/**
 * An attachment header every browser reads: an ASCII fallback for old clients and the real
 * Vietnamese name in RFC 5987's filename* (UTF-8, percent-encoded).
 */
export function attachment(filename: string): string {
  const name = filename.normalize('NFC');
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A file name out of a plan's symbol or a period's label: no path separators or reserved characters. */
export function fileNamePart(text: string): string {
  return text
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
