import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';

/** archiver 5 (pulled in by exceljs) ships no types: only what the zip-bomb builder uses. */
export interface ZipArchive extends Readable {
  append(source: Readable | Buffer | string, data: { name: string; store?: boolean }): this;
  finalize(): Promise<void>;
}

type ArchiverFactory = (format: 'zip', options?: { zlib?: { level?: number } }) => ZipArchive;

/** A streaming zip writer (archiver) that deflates what it is given as it is read. */
export function streamingZip(level = 9): ZipArchive {
  const archiver = createRequire(__filename)('archiver') as ArchiverFactory;
  return archiver('zip', { zlib: { level } });
}
