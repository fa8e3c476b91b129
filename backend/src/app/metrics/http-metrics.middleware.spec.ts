import type { Request } from 'express';
import { routeLabel } from './http-metrics.middleware';
import { UNMATCHED_ROUTE } from './metrics.service';

describe('routeLabel', () => {
  it('is the matched route pattern, never the path with its ids', () => {
    const request = { baseUrl: '', route: { path: '/api/tasks/:id/transitions' } } as unknown as Request;
    expect(routeLabel(request)).toBe('/api/tasks/:id/transitions');
  });

  it('keeps the mount point of a router', () => {
    const request = { baseUrl: '/api', route: { path: '/health' } } as unknown as Request;
    expect(routeLabel(request)).toBe('/api/health');
  });

  it('is one fixed label for requests that matched no route', () => {
    expect(routeLabel({ baseUrl: '' } as Request)).toBe(UNMATCHED_ROUTE);
  });
});
