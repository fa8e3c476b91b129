/**
 * Just enough of the ZIP format to tell office documents apart: the names in the central
 * directory, and the first entry's stored bytes (where OpenDocument puts its `mimetype`).
 * Reads a buffer, never the filesystem; anything malformed reads as "not a zip" (null).
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY_SIZE = 22;
const MAX_COMMENT = 0xffff;
const STORED = 0;

function endOfDirectoryAt(bytes: Buffer): number | null {
  const earliest = Math.max(0, bytes.length - END_OF_DIRECTORY_SIZE - MAX_COMMENT);
  for (let at = bytes.length - END_OF_DIRECTORY_SIZE; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return null;
}

/** The entry names of the archive's central directory, or null when it is no readable zip. */
export function zipEntryNames(bytes: Buffer): string[] | null {
  if (bytes.length < END_OF_DIRECTORY_SIZE) return null;
  const end = endOfDirectoryAt(bytes);
  if (end === null) return null;
  const count = bytes.readUInt16LE(end + 10);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > bytes.length) return null;
    names.push(bytes.toString('utf8', at + 46, nameEnd));
    at = nameEnd + extraLength + commentLength;
  }
  return names;
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
