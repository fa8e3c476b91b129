import type { MulterModuleOptions } from '@nestjs/platform-express';
import type { Env } from '../config/env';

/**
 * How multer takes a file for the store behind FileBlobs, the same for every context that takes
 * one: no storage or dest, so the file stays in memory, where its type is read from the bytes
 * before anything is written; the size limit keeps that small.
 */
export function fileUploadOptions(env: Pick<Env, 'DELIVERABLE_MAX_BYTES'>): MulterModuleOptions {
  return {
    limits: { fileSize: env.DELIVERABLE_MAX_BYTES, files: 1, fields: 10, parts: 12 },
    // Browsers send UTF-8 names; multer's default would read Vietnamese names as Latin-1.
    defParamCharset: 'utf8',
  };
}
