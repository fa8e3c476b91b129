import compression from 'compression';
import type { RequestHandler } from 'express';

/** Below this an answer goes as it is: compressing it would save less than the headers cost. */
const SMALLEST_COMPRESSED_BYTES = 1024;

/**
 * gzip for answers whose type compresses (JSON, scripts, styles, HTML, SVG) when the client accepts
 * it; files that are packed already (PDF, Office documents, images) go as they are. A board's first
 * view is a quarter of a megabyte of JSON: what a leader's phone waits for on a mobile network.
 */
export function responseCompression(): RequestHandler {
  return compression({ threshold: SMALLEST_COMPRESSED_BYTES });
}
