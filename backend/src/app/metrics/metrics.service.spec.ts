import { Metrics } from './metrics.service';

describe('Metrics', () => {
  let metrics: Metrics;

  beforeEach(() => {
    metrics = new Metrics();
  });

  afterEach(() => metrics.registry.clear());

  it('exposes the default process metrics', async () => {
    const text = await metrics.render();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(metrics.contentType).toMatch(/^text\/plain/);
  });

  it('times HTTP requests by method, route pattern and status', async () => {
    metrics.observeHttpRequest('GET', '/api/plans/:id/board', 200, 0.03);
    metrics.observeHttpRequest('GET', '/api/plans/:id/board', 200, 0.2);
    const text = await metrics.render();
    expect(text).toContain(
      'http_request_duration_seconds_bucket{le="0.05",method="GET",route="/api/plans/:id/board",status_code="200"} 1',
    );
    expect(text).toContain(
      'http_request_duration_seconds_count{method="GET",route="/api/plans/:id/board",status_code="200"} 2',
    );
  });

  it('counts task transitions by event and outcome', async () => {
    metrics.taskTransition('SUBMIT', 'applied');
    metrics.taskTransition('SUBMIT', 'applied');
    metrics.taskTransition('APPROVE', 'refused');
    const text = await metrics.render();
    expect(text).toContain('dondoc_task_transitions_total{event="SUBMIT",outcome="applied"} 2');
    expect(text).toContain('dondoc_task_transitions_total{event="APPROVE",outcome="refused"} 1');
  });

  it('reads the connected sockets when scraped', async () => {
    expect(await metrics.render()).toContain('dondoc_connected_sockets 0');
    let sockets = 3;
    metrics.countSocketsWith(() => sockets);
    expect(await metrics.render()).toContain('dondoc_connected_sockets 3');
    sockets = 1;
    expect(await metrics.render()).toContain('dondoc_connected_sockets 1');
  });

  it('reads the outbox lag when scraped', async () => {
    expect(await metrics.render()).toContain('dondoc_outbox_unpublished_events 0');
    metrics.readOutboxLagWith(async () => ({ unpublished: 4, oldestAgeSeconds: 12.5 }));
    const text = await metrics.render();
    expect(text).toContain('dondoc_outbox_unpublished_events 4');
    expect(text).toContain('dondoc_outbox_oldest_unpublished_age_seconds 12.5');
  });

  it('keeps each instance in its own registry, so two apps in one process do not collide', async () => {
    const other = new Metrics();
    other.taskTransition('SUBMIT', 'conflict');
    expect(await metrics.render()).not.toContain('outcome="conflict"');
    other.registry.clear();
  });
});
