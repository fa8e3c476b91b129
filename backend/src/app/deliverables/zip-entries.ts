import { inflateRawSync } from 'node:zlib';

/**
 * Just enough of the ZIP format to judge an office document without expanding it: the central
 * directory as declared (names, sizes, zip64 included), the first entry's stored bytes (where
 * OpenDocument puts its `mimetype`), and one small part read with a hard cap on its output.
 * Reads a buffer, never the filesystem; anything malformed reads as "not a zip" (null).
 */

/** One entry of the central directory, as declared: nothing is expanded to learn it. */
export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const END_OF_DIRECTORY_SIZE = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATED = 8;
const OVERFLOWED = 0xffffffff;

function endOfDirectoryAt(bytes: Buffer): number | null {
  const earliest = Math.max(0, bytes.length - END_OF_DIRECTORY_SIZE - MAX_COMMENT);
  for (let at = bytes.length - END_OF_DIRECTORY_SIZE; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return null;
}

type Sizes = { compressed: number; uncompressed: number; localHeader: number };

/** Sizes that overflow 32 bits sit in the zip64 extra field, in this order, only when flagged. */
function readZip64Sizes(bytes: Buffer, extraStart: number, extraEnd: number, sizes: Sizes): void {
  let at = extraStart;
  while (at + 4 <= extraEnd) {
    const id = bytes.readUInt16LE(at);
    const length = bytes.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      for (const key of ['uncompressed', 'compressed', 'localHeader'] as const) {
        if (sizes[key] !== OVERFLOWED) continue;
        if (field + 8 > extraEnd) return;
        sizes[key] = Number(bytes.readBigUInt64LE(field));
        field += 8;
      }
      return;
    }
    at += 4 + length;
  }
}

/** Where the directory starts and how many entries it has, zip64 archives (over 4 GiB declared) included. */
function directoryOf(bytes: Buffer, end: number): { count: number; offset: number } | null {
  let count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  if ((offset === OVERFLOWED || count === 0xffff) && end >= 20) {
    const locator = end - 20;
    if (bytes.readUInt32LE(locator) === ZIP64_LOCATOR) {
      const zip64End = Number(bytes.readBigUInt64LE(locator + 8));
      if (zip64End + 56 > bytes.length || bytes.readUInt32LE(zip64End) !== ZIP64_END) return null;
      count = Number(bytes.readBigUInt64LE(zip64End + 32));
      offset = Number(bytes.readBigUInt64LE(zip64End + 48));
    }
  }
  return { count, offset };
}

/** The archive's central directory as declared, or null when it is no complete, readable zip. */
export function readZipDirectory(bytes: Buffer): ZipEntryInfo[] | null {
  if (bytes.length < END_OF_DIRECTORY_SIZE) return null;
  const end = endOfDirectoryAt(bytes);
  if (end === null) return null;
  const directory = directoryOf(bytes, end);
  if (directory === null) return null;
  const entries: ZipEntryInfo[] = [];
  let at = directory.offset;
  for (let index = 0; index < directory.count; index++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    const sizes: Sizes = {
      compressed: bytes.readUInt32LE(at + 20),
      uncompressed: bytes.readUInt32LE(at + 24),
      localHeader: bytes.readUInt32LE(at + 42),
    };
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > bytes.length) return null;
    readZip64Sizes(bytes, nameEnd, nameEnd + extraLength, sizes);
    entries.push({
      name: bytes.toString('utf8', at + 46, nameEnd),
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      method: bytes.readUInt16LE(at + 10),
      localHeaderOffset: sizes.localHeader,
    });
    at = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/** The entry names of the archive's central directory, or null when it is no readable zip. */
export function zipEntryNames(bytes: Buffer): string[] | null {
  return readZipDirectory(bytes)?.map((entry) => entry.name) ?? null;
}

/**
 * One small part's text (a content-types or relationships part), expanded with a hard cap on its
 * output so a part that lies about its size cannot grow past `maxBytes`. Null when unreadable.
 */
export function readZipEntryText(bytes: Buffer, entry: ZipEntryInfo, maxBytes: number): string | null {
  const header = entry.localHeaderOffset;
  if (header + 30 > bytes.length || bytes.readUInt32LE(header) !== LOCAL_HEADER) return null;
  const dataStart = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (data.length < entry.compressedSize) return null;
  try {
    if (entry.method === STORED) return data.length > maxBytes ? null : data.toString('utf8');
    if (entry.method !== DEFLATED) return null;
    return inflateRawSync(data, { maxOutputLength: maxBytes }).toString('utf8');
  } catch {
    return null;
  }
}

/** The first entry's name and, when stored uncompressed, its bytes. */
export function firstZipEntry(bytes: Buffer): { name: string; stored: Buffer | null } | null {
  if (bytes.length < 30 || bytes.readUInt32LE(0) !== LOCAL_HEADER) return null;
  const method = bytes.readUInt16LE(8);
  const size = bytes.readUInt32LE(18);
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  const dataStart = 30 + nameLength + extraLength;
  if (dataStart > bytes.length) return null;
  const name = bytes.toString('utf8', 30, 30 + nameLength);
  const stored =
    method === STORED && dataStart + size <= bytes.length
      ? bytes.subarray(dataStart, dataStart + size)
      : null;
  return { name, stored };
}
