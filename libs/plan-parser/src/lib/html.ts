const TAG = /<\/?[a-zA-Z][^<>]{0,2000}>/g;
const ENTITY = /&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
}

/**
 * Removes markup that a copy from a web editor left in a cell (`<ul style=…> - Kế hoạch…`) and
 * decodes its entities. Tags become spaces so that list items do not run together.
 */
export function stripHtml(text: string): { text: string; removed: boolean } {
  let removed = false;
  const withoutTags = text.replace(TAG, () => {
    removed = true;
    return ' ';
  });
  const decoded = withoutTags.replace(ENTITY, (entity, body: string) => {
    const value = decodeEntity(entity, body);
    if (value !== entity) removed = true;
    return value;
  });
  return {
    text: removed
      ? decoded
          .replace(/[ \t]+/g, ' ')
          .replace(/ ?\n ?/g, '\n')
          .trim()
      : text,
    removed,
  };
}
