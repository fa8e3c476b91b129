import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Metrics, UNMATCHED_ROUTE } from './metrics.service';

/** The route pattern Express matched (`/api/plans/:id/board`), never the raw path with its ids. */
export function routeLabel(request: Pick<Request, 'baseUrl' | 'route'>): string {
  const pattern: unknown = request.route?.path;
  return typeof pattern === 'string' ? `${request.baseUrl ?? ''}${pattern}` : UNMATCHED_ROUTE;
}

/** Times every HTTP request into the `http_request_duration_seconds` histogram. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: Metrics) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.metrics.observeHttpRequest(request.method, routeLabel(request), response.statusCode, seconds);
    });
    next();
  }
}
