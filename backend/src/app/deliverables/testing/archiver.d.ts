// archiver 5 (pulled in by exceljs) ships no types; only what the zip-bomb builder uses.
declare module 'archiver' {
  import type { Readable } from 'node:stream';
  interface Archive extends Readable {
    append(source: Readable | Buffer | string, data: { name: string; store?: boolean }): this;
    finalize(): Promise<void>;
  }
  function archiver(format: 'zip', options?: { zlib?: { level?: number } }): Archive;
  export default archiver;
}
