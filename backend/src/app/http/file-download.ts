import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Readable } from 'node:stream';

/** What a stored file's download answer says of it. */
export interface DownloadedFile {
  mediaType: string;
  size: number;
}

/**
 * A stored file's bytes as a private attachment in its own media type, never sniffed as another
 * and checked again on every use. `disposition` is the caller's Content-Disposition (its name).
 */
export function fileDownload(
  response: Response,
  file: DownloadedFile,
  disposition: string,
  content: Readable,
): StreamableFile {
  response.setHeader('Content-Disposition', disposition);
  response.setHeader('Content-Type', file.mediaType);
  response.setHeader('Content-Length', String(file.size));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'private, no-cache');
  return new StreamableFile(content);
}
