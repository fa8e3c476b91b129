import { crc32 } from 'node:zlib';

/** Test data factories: small but well-formed files of every kind the upload has to tell apart. */

export interface ZipEntry {
  name: string;
  content: string | Buffer;
}

/** A zip of uncompressed entries, in the order given, with a proper central directory. */
export function zipOf(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.isBuffer(entry.content) ? entry.content : Buffer.from(entry.content, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

export const samples = {
  /** A one-page PDF; `label` makes contents (and so hashes) differ. */
  pdf: (label = 'Kế hoạch'): Buffer =>
    Buffer.from(
      `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${label}\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
      'utf8',
    ),
  docx: (label = 'du thao'): Buffer =>
    zipOf([
      { name: '[Content_Types].xml', content: CONTENT_TYPES },
      { name: '_rels/.rels', content: '<Relationships/>' },
      { name: 'word/document.xml', content: `<w:document><w:t>${label}</w:t></w:document>` },
    ]),
  xlsx: (label = 'so lieu'): Buffer =>
    zipOf([
      { name: '[Content_Types].xml', content: CONTENT_TYPES },
      { name: 'xl/workbook.xml', content: `<workbook><!-- ${label} --></workbook>` },
    ]),
  /** A Word file with a VBA project inside: refused even though it is a real docx container. */
  docm: (): Buffer =>
    zipOf([
      { name: '[Content_Types].xml', content: CONTENT_TYPES },
      { name: 'word/document.xml', content: '<w:document/>' },
      { name: 'word/vbaProject.bin', content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) },
    ]),
  odt: (): Buffer =>
    zipOf([
      { name: 'mimetype', content: 'application/vnd.oasis.opendocument.text' },
      { name: 'content.xml', content: '<office:document-content/>' },
    ]),
  ods: (): Buffer =>
    zipOf([
      { name: 'mimetype', content: 'application/vnd.oasis.opendocument.spreadsheet' },
      { name: 'content.xml', content: '<office:document-content/>' },
    ]),
  /** An OpenDocument presentation: a real ODF file, but not a type deliverables take. */
  odp: (): Buffer =>
    zipOf([
      { name: 'mimetype', content: 'application/vnd.oasis.opendocument.presentation' },
      { name: 'content.xml', content: '<office:document-content/>' },
    ]),
  /** A plain zip (a folder of anything). */
  zip: (): Buffer => zipOf([{ name: 'setup.exe', content: 'MZ' }]),
  png: (): Buffer =>
    Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0,
      0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
    ]),
  jpeg: (): Buffer =>
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]),
  webp: (): Buffer =>
    Buffer.concat([Buffer.from('RIFF'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8 ')]),
  /** A Windows executable, whatever it will be called. */
  exe: (): Buffer => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0')]),
  elf: (): Buffer => Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
  html: (): Buffer => Buffer.from('<!doctype html><script>alert(1)</script>'),
  text: (): Buffer => Buffer.from('Báo cáo kết quả thực hiện'),
};
