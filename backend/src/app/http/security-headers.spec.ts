import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { securityHeaders, STYLESHEET_LOADER } from './security-headers';

function headersFor(host: string, publicOrigins: string[] = []): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  } as unknown as ServerResponse;
  securityHeaders(publicOrigins)(
    { headers: { host }, method: 'GET' } as IncomingMessage,
    response,
    () => undefined,
  );
  return headers;
}

describe('securityHeaders', () => {
  const headers = headersFor('127.0.0.1:3000');
  const policy = Object.fromEntries(
    headers['content-security-policy'].split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );

  it('allows scripts only from the app itself, and no inline script', () => {
    expect(policy['script-src']).toBe("'self'");
    expect(policy['default-src']).toBe("'self'");
    expect(policy['object-src']).toBe("'none'");
  });

  it("allows exactly Angular's stylesheet loader among inline event handlers", () => {
    const hash = createHash('sha256').update(STYLESHEET_LOADER).digest('base64');
    expect(policy['script-src-attr']).toBe(`'unsafe-hashes' 'sha256-${hash}'`);
  });

  it('allows inline styles, data: images, and connections to its own origin only when none is configured', () => {
    expect(policy['style-src']).toBe("'self' 'unsafe-inline'");
    expect(policy['img-src']).toBe("'self' data:");
    expect(policy['connect-src']).toBe("'self'");
    expect(policy['frame-ancestors']).toBe("'none'");
    expect(policy).not.toHaveProperty('upgrade-insecure-requests');
  });

  it("keeps helmet's other headers", () => {
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });
});

const connectSources = (headers: Record<string, string>) =>
  headers['content-security-policy']
    .split(';')
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith('connect-src'));

describe('connect-src', () => {
  it('lists the configured public origins and their sockets, whatever the Host header says', () => {
    const origins = ['https://dondoc.phuong.vn', 'http://10.0.0.5:3000'];
    for (const host of ['dondoc.phuong.vn', 'evil.example', "evil.vn; script-src 'unsafe-inline'"]) {
      expect(connectSources(headersFor(host, origins))).toBe(
        "connect-src 'self' https://dondoc.phuong.vn http://10.0.0.5:3000 wss://dondoc.phuong.vn ws://10.0.0.5:3000",
      );
    }
  });

  it('never reflects the Host header', () => {
    expect(connectSources(headersFor('evil.example'))).toBe("connect-src 'self'");
  });
});
