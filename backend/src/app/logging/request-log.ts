import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LevelWithSilent } from 'pino';
import { stdTimeFunctions } from 'pino';
import type { Options } from 'pino-http';
import { REQUEST_ID_HEADER, requestIdFor } from '../http/request-id';
import { routeLabel } from '../metrics/http-metrics.middleware';

type Request = IncomingMessage & { route?: { path?: unknown }; baseUrl?: string };

/** Wherever a secret could appear in a log object; censored even if a future log line carries it. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'cookie',
  'password',
  'accessToken',
  'refreshToken',
  'token',
  '*.password',
  '*.accessToken',
  '*.refreshToken',
  '*.token',
];

/** The one line written per request: who asked what, which route answered, how, and how fast. */
function requestLine(request: Request, response: ServerResponse, duration: unknown) {
  return {
    method: request.method,
    route: routeLabel(request as Parameters<typeof routeLabel>[0]),
    status: response.statusCode,
    duration,
  };
}

/**
 * pino-http settings: one JSON line per finished request carrying its `x-request-id` as `reqId`
 * (app logs written while serving it carry the same `reqId`), never a header or a body, so no
 * password or token can reach the log.
 */
export function requestLogOptions(level: LevelWithSilent): Options {
  return {
    level,
    timestamp: stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // The same id the request-id middleware answers with, whichever of the two runs first.
    genReqId: (request, response) => {
      const id = requestIdFor(request.headers[REQUEST_ID_HEADER]);
      request.headers[REQUEST_ID_HEADER] = id;
      if (!response.headersSent) response.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'reqId', responseTime: 'duration' },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    customSuccessObject: (request, response, value: { duration: unknown }) =>
      requestLine(request as Request, response, value.duration),
    // The error filter logs the cause with its stack under the same reqId; this line stays the summary.
    customErrorObject: (request, response, _error, value: { duration: unknown }) =>
      requestLine(request as Request, response, value.duration),
    customSuccessMessage: (_request, response) =>
      response.statusCode >= 400 ? 'request refused' : 'request completed',
    customErrorMessage: () => 'request failed',
  };
}
