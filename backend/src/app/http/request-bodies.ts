import type { ApiErrorBody } from '@dondoc/contracts';
import { type INestApplication, Logger } from '@nestjs/common';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { REQUEST_ID_HEADER } from './request-id';

/** JSON bodies: a transition's payload is a few thousand characters at most, far under this. */
export const JSON_BODY_LIMIT_BYTES = 256 * 1024;
/**
 * A plan's import carries whole tables as JSON: a corrected grid of a few hundred rows, or the
 * clipboard's HTML of a pasted table (up to 3 million characters). A 300-row plan's grid is about
 * 0.5 MB; this leaves room for the paste without opening every route to large bodies.
 */
export const IMPORT_JSON_BODY_LIMIT_BYTES = 8 * 1024 * 1024;
/** The routes that take the larger JSON bodies: preview and import of a plan. */
export const IMPORT_ROUTES = '/api/plans/import';
/** Plan texts are pasted whole; the importer itself refuses anything over MAX_PLAN_TEXT_BYTES. */
export const TEXT_BODY_LIMIT_BYTES = 3 * 1024 * 1024;

/** What body-parser passes to `next` when it cannot read a body (http-errors with a type). */
interface BodyParserFailure {
  status: number;
  type: string;
  message: string;
  limit?: number;
}

function isBodyParserFailure(error: unknown): error is BodyParserFailure {
  return (
    error instanceof Error &&
    typeof (error as Partial<BodyParserFailure>).status === 'number' &&
    typeof (error as Partial<BodyParserFailure>).type === 'string'
  );
}

function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`;
}

/** The app's error shape for a body that could not be read: where the JSON broke, or the limit. */
export function unreadableBodyAnswer(failure: BodyParserFailure, limitBytes: number): ApiErrorBody {
  if (failure.status === 413) {
    const limit = failure.limit ?? limitBytes;
    return {
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: `Dữ liệu gửi lên quá lớn: tối đa ${kilobytes(limit)}`,
      details: [`limit: ${limit} bytes`],
    };
  }
  if (failure.type === 'entity.parse.failed') {
    return {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Nội dung gửi lên không phải JSON hợp lệ',
      details: [failure.message],
    };
  }
  return {
    statusCode: failure.status >= 400 && failure.status < 500 ? failure.status : 400,
    code: 'VALIDATION_FAILED',
    message: 'Nội dung gửi lên không đọc được',
    details: [failure.message],
  };
}

/**
 * A body parser that answers its own failures. Left to `next(error)`, they reach the static-files
 * module's error handler first, which turns every error under /api into `404 Cannot POST`, and
 * the request log, which is a route middleware, never sees them.
 */
function answeringFailures(parser: RequestHandler, limitBytes: number, logger: Logger): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    void parser(request, response, (error?: unknown) => {
      if (error === undefined || error === null) return next();
      if (!isBodyParserFailure(error) || error.status >= 500) return next(error);
      const body = unreadableBodyAnswer(error, limitBytes);
      logger.warn({
        msg: 'request body refused',
        reqId: request.headers[REQUEST_ID_HEADER],
        method: request.method,
        url: request.originalUrl,
        status: body.statusCode,
        reason: error.type,
        details: body.details,
      });
      // The rest of the body is not read: close the connection rather than drain a huge upload.
      if (body.statusCode === 413) response.setHeader('connection', 'close');
      response.status(body.statusCode).json(body);
    });
  };
}

/** JSON and plain-text bodies, with their limits; failures answer 400/413 in the app's error shape. */
export function useRequestBodies(app: INestApplication, logger = new Logger('RequestBody')): void {
  // Parsed here first, the body is marked read and the general parser below passes it by.
  app.use(
    IMPORT_ROUTES,
    answeringFailures(
      express.json({ limit: IMPORT_JSON_BODY_LIMIT_BYTES }),
      IMPORT_JSON_BODY_LIMIT_BYTES,
      logger,
    ),
  );
  app.use(answeringFailures(express.json({ limit: JSON_BODY_LIMIT_BYTES }), JSON_BODY_LIMIT_BYTES, logger));
  app.use(
    answeringFailures(
      express.text({ limit: TEXT_BODY_LIMIT_BYTES, type: 'text/plain' }),
      TEXT_BODY_LIMIT_BYTES,
      logger,
    ),
  );
}
