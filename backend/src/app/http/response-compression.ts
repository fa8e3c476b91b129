import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * Below this an answer goes as it is: it fits in TCP's first window (10 segments, about 14 KB), so
 * compressing it saves no round trip, and gzip cost a move's answer (2–3 KB) more CPU than its
 * database work.
 */
const SMALLEST_COMPRESSED_BYTES = 14_000;

/**
 * gzip for answers whose type compresses (JSON, scripts, styles, HTML, SVG) when the client accepts
 * it; files that are packed already (PDF, Office documents, images) go as they are. A board's first
 * view is a quarter of a megabyte of JSON: what a leader's phone waits for on a mobile network.
 */
export function responseCompression(): RequestHandler {
  return compression({ threshold: SMALLEST_COMPRESSED_BYTES });
}
