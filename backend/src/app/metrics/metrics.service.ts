import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** How a requested task transition ended. */
export type TransitionOutcome = 'applied' | 'refused' | 'conflict' | 'failed';

/** The label of a request that matched no route (static files, 404s), so unknown paths add no series. */
export const UNMATCHED_ROUTE = 'unmatched';

/** Live messages committed but not yet published (see OutboxPublisher). */
export interface OutboxLag {
  unpublished: number;
  oldestAgeSeconds: number;
}

/**
 * This process's Prometheus metrics, in a registry of its own (one per app, so several apps can run
 * in one test process). Services call the small methods below; `GET /api/metrics` renders them.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  private readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly transitions = new Counter({
    name: 'dondoc_task_transitions_total',
    help: 'Task transitions requested, by workflow event and outcome',
    labelNames: ['event', 'outcome'],
    registers: [this.registry],
  });

  private countSockets: () => number = () => 0;
  private readOutboxLag: () => Promise<OutboxLag> = async () => ({ unpublished: 0, oldestAgeSeconds: 0 });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const countSockets = () => this.countSockets();
    new Gauge({
      name: 'dondoc_connected_sockets',
      help: 'Socket.IO clients connected to this process',
      registers: [this.registry],
      collect() {
        this.set(countSockets());
      },
    });
    const readOutboxLag = () => this.readOutboxLag();
    new Gauge({
      name: 'dondoc_outbox_unpublished_events',
      help: 'Committed task changes whose live message is not yet published',
      registers: [this.registry],
      async collect() {
        this.set((await readOutboxLag()).unpublished);
      },
    });
    new Gauge({
      name: 'dondoc_outbox_oldest_unpublished_age_seconds',
      help: 'Age of the oldest committed task change whose live message is not yet published (0 when none)',
      registers: [this.registry],
      async collect() {
        this.set((await readOutboxLag()).oldestAgeSeconds);
      },
    });
  }

  observeHttpRequest(method: string, route: string, statusCode: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  taskTransition(event: string, outcome: TransitionOutcome): void {
    this.transitions.inc({ event, outcome });
  }

  /** Where the connected-sockets gauge reads its value when scraped. */
  countSocketsWith(count: () => number): void {
    this.countSockets = count;
  }

  /** Where the outbox gauges read their values when scraped. */
  readOutboxLagWith(read: () => Promise<OutboxLag>): void {
    this.readOutboxLag = read;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
