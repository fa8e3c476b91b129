import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoLevelOf } from '../config/log-level';
import { requestLogOptions } from './request-log';

const options = requestLogOptions('info');

function exchange(headers: Record<string, string> = {}, statusCode = 200) {
  const sent: Record<string, string> = {};
  const request = {
    method: 'POST',
    headers: { ...headers },
    baseUrl: '/api',
    route: { path: '/tasks/:taskId/transitions' },
  } as unknown as IncomingMessage;
  const response = {
    statusCode,
    headersSent: false,
    setHeader: (name: string, value: string) => (sent[name] = value),
  } as unknown as ServerResponse;
  return { request, response, sent };
}

describe('requestLogOptions', () => {
  it("keeps the caller's request id, and answers with it", () => {
    const { request, response, sent } = exchange({ 'x-request-id': 'edge-7f3a9c1e.42' });
    expect(options.genReqId?.(request, response)).toBe('edge-7f3a9c1e.42');
    expect(sent['x-request-id']).toBe('edge-7f3a9c1e.42');
  });

  it('makes one up for an odd id, and the request then carries it for the other middleware', () => {
    const { request, response } = exchange({ 'x-request-id': 'id with spaces' });
    const id = options.genReqId?.(request, response);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(request.headers['x-request-id']).toBe(id);
  });

  it('writes the route pattern, status and duration, and no header or body', () => {
    const { request, response } = exchange({ authorization: 'Bearer secret-token', cookie: 'a=b' });
    const line = options.customSuccessObject?.(request, response, { duration: 12, res: response });
    expect(line).toEqual({
      method: 'POST',
      route: '/api/tasks/:taskId/transitions',
      status: 200,
      duration: 12,
    });
  });

  it('logs answers by their class: info, warn for refusals, error for failures', () => {
    const level = (status: number) => {
      const { request, response } = exchange({}, status);
      return options.customLogLevel?.(request, response, undefined);
    };
    expect([level(200), level(204), level(403), level(409), level(500)]).toEqual([
      'info',
      'info',
      'warn',
      'warn',
      'error',
    ]);
  });

  it('redacts the places a secret could appear', () => {
    const redact = options.redact as { paths: string[] };
    expect(redact.paths).toEqual(
      expect.arrayContaining(['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token']),
    );
  });
});

describe('pinoLevelOf', () => {
  it("reads pino's levels and Nest's older names", () => {
    expect(pinoLevelOf('silent')).toBe('silent');
    expect(pinoLevelOf('log')).toBe('info');
    expect(pinoLevelOf('verbose')).toBe('trace');
    expect(pinoLevelOf('warn')).toBe('warn');
  });
});
