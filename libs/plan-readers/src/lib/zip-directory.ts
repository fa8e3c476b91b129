/**
 * Just enough of the ZIP format to judge an office file without expanding it: the central
 * directory as declared (names, sizes, zip64 included) and the first entry's stored bytes (where
 * OpenDocument puts its `mimetype`). Shared by the plan readers and the deliverables' upload check.
 */

/** One entry of a zip's central directory, as declared: nothing is expanded to learn it. */
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
const ZIP64_EXTRA = 0x0001;
const MAX_COMMENT = 0xffff;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const OVERFLOWED = 0xffffffff;

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - MAX_COMMENT);
  for (let offset = view.byteLength - 22; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) return offset;
  }
  return -1;
}

/** Sizes that overflow 32 bits sit in the zip64 extra field, in this order, only when flagged. */
function zip64Sizes(
  view: DataView,
  extraStart: number,
  extraLength: number,
  sizes: { compressed: number; uncompressed: number; localHeader: number },
): void {
  const extraEnd = extraStart + extraLength;
  let offset = extraStart;
  while (offset + 4 <= extraEnd) {
    const id = view.getUint16(offset, true);
    const length = view.getUint16(offset + 2, true);
    if (id === ZIP64_EXTRA) {
      let field = offset + 4;
      for (const key of ['uncompressed', 'compressed', 'localHeader'] as const) {
        if (sizes[key] !== OVERFLOWED) continue;
        // A field the extra block is too short to hold is left as declared, never read past.
        if (field + 8 > extraEnd) return;
        sizes[key] = Number(view.getBigUint64(field, true));
        field += 8;
      }
      return;
    }
    offset += 4 + length;
  }
}

/**
 * Reads a zip's central directory. Returns null when the bytes are not a complete zip (a
 * truncated download loses the directory at the end).
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntryInfo[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 22) return null;
  const end = findEndOfDirectory(view);
  if (end < 0) return null;
  let count = view.getUint16(end + 10, true);
  let directoryOffset = view.getUint32(end + 16, true);
  if ((directoryOffset === OVERFLOWED || count === 0xffff) && end >= 20) {
    const locator = end - 20;
    if (view.getUint32(locator, true) === ZIP64_LOCATOR) {
      const zip64End = Number(view.getBigUint64(locator + 8, true));
      if (zip64End + 56 > view.byteLength || view.getUint32(zip64End, true) !== ZIP64_END) return null;
      count = Number(view.getBigUint64(zip64End + 32, true));
      directoryOffset = Number(view.getBigUint64(zip64End + 48, true));
    }
  }
  const entries: ZipEntryInfo[] = [];
  const decoder = new TextDecoder();
  let offset = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== DIRECTORY_ENTRY) return null;
    const sizes = {
      compressed: view.getUint32(offset + 20, true),
      uncompressed: view.getUint32(offset + 24, true),
      localHeader: view.getUint32(offset + 42, true),
    };
    const method = view.getUint16(offset + 10, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const nameStart = offset + 46;
    if (nameStart + nameLength + extraLength > view.byteLength) return null;
    zip64Sizes(view, nameStart + nameLength, extraLength, sizes);
    entries.push({
      name: decoder.decode(bytes.subarray(nameStart, nameStart + nameLength)),
      compressedSize: sizes.compressed,
      uncompressedSize: sizes.uncompressed,
      method,
      localHeaderOffset: sizes.localHeader,
    });
    offset = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The first entry's name and, when stored uncompressed, its bytes; null when no zip starts here. */
export function firstZipEntry(bytes: Uint8Array): { name: string; stored: Uint8Array | null } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 30 || view.getUint32(0, true) !== LOCAL_HEADER) return null;
  const method = view.getUint16(8, true);
  const size = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const dataStart = 30 + nameLength + view.getUint16(28, true);
  if (dataStart > view.byteLength) return null;
  const name = new TextDecoder().decode(bytes.subarray(30, 30 + nameLength));
  const stored =
    method === STORED && dataStart + size <= view.byteLength
      ? bytes.subarray(dataStart, dataStart + size)
      : null;
  return { name, stored };
}
