import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type NestMiddleware,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';

export const SHUTDOWN_GRACE_MS = Symbol('SHUTDOWN_GRACE_MS');

/** Counts the HTTP requests being answered, so a shutdown can wait for them. */
@Injectable()
export class InFlightRequests implements NestMiddleware {
  private active = 0;
  private draining = false;
  private waiters: (() => void)[] = [];

  get count(): number {
    return this.active;
  }

  /** Installed first of all middleware, so a request counts from the moment its headers arrive. */
  use = (_request: Request, response: Response, next: NextFunction): void => {
    this.active += 1;
    // While draining, the connection closes after its answer instead of waiting for another request.
    if (this.draining) response.setHeader('connection', 'close');
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      this.active -= 1;
      if (this.active === 0) this.waiters.splice(0).forEach((resolve) => resolve());
    };
    response.once('finish', settle);
    response.once('close', settle);
    next();
  };

  /** Resolves once no request is in flight; every answer sent from now on closes its connection. */
  drained(): Promise<void> {
    this.draining = true;
    return this.active === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}

/**
 * On SIGTERM/SIGINT (before Nest closes the sockets, the HTTP server, the database and Redis): stop
 * accepting connections, let the requests in flight finish — at most SHUTDOWN_GRACE_MS — and close
 * the idle keep-alive connections. Nest then disconnects the Socket.IO clients (they reconnect to
 * another process and resync by event id) and the modules close the database and Redis.
 */
@Injectable()
export class GracefulShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger(GracefulShutdown.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly requests: InFlightRequests,
    @Inject(SHUTDOWN_GRACE_MS) private readonly graceMs: number,
  ) {}

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server?.listening) return;
    server.close();
    server.closeIdleConnections();
    this.logger.log(
      `${signal ?? 'Shutdown'}: no new connections; waiting for ${this.requests.count} request(s) in flight`,
    );
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), this.graceMs);
    });
    const timedOut = await Promise.race([this.requests.drained().then(() => false), gaveUp]);
    clearTimeout(timer);
    if (timedOut) {
      this.logger.warn(
        `${this.requests.count} request(s) still running after ${this.graceMs} ms; closing them`,
      );
      server.closeAllConnections();
    } else {
      this.logger.log('Requests drained; closing sockets, database and Redis');
      server.closeIdleConnections();
    }
  }
}
