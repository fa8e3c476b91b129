import { inflateRawSync } from 'node:zlib';
import type { ZipEntryInfo } from './zip-directory';

const LOCAL_HEADER = 0x04034b50;

/**
 * Expands one small entry (a content-types or relationships part) with a hard cap on its output,
 * so a part that lies about its size cannot expand further than `maxBytes`. Null when the entry
 * cannot be read.
 */
export function readZipEntryText(bytes: Uint8Array, entry: ZipEntryInfo, maxBytes: number): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > view.byteLength || view.getUint32(header, true) !== LOCAL_HEADER) return null;
  const dataStart = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (data.length < entry.compressedSize) return null;
  try {
    if (entry.method === 0) return data.length > maxBytes ? null : new TextDecoder().decode(data);
    if (entry.method !== 8) return null;
    return new TextDecoder().decode(inflateRawSync(data, { maxOutputLength: maxBytes }));
  } catch {
    return null;
  }
}
