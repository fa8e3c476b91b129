import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sameHostSockets, securityHeaders, STYLESHEET_LOADER } from './security-headers';

function headersFor(host: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  } as unknown as ServerResponse;
  securityHeaders()({ headers: { host }, method: 'GET' } as IncomingMessage, response, () => undefined);
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

  it('allows inline styles, data: images, and Socket.IO to the same host', () => {
    expect(policy['style-src']).toBe("'self' 'unsafe-inline'");
    expect(policy['img-src']).toBe("'self' data:");
    expect(policy['connect-src']).toBe("'self' ws://127.0.0.1:3000 wss://127.0.0.1:3000");
    expect(policy['frame-ancestors']).toBe("'none'");
    expect(policy).not.toHaveProperty('upgrade-insecure-requests');
  });

  it("keeps helmet's other headers", () => {
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });
});

describe('sameHostSockets', () => {
  const request = (host: string | undefined) => ({ headers: { host } }) as IncomingMessage;

  it('names ws and wss for a host name or an IPv6 literal', () => {
    expect(sameHostSockets(request('bang.phuong.vn'))).toBe('ws://bang.phuong.vn wss://bang.phuong.vn');
    expect(sameHostSockets(request('[::1]:3000'))).toBe('ws://[::1]:3000 wss://[::1]:3000');
  });

  it('adds nothing for a missing or odd Host header', () => {
    expect(sameHostSockets(request(undefined))).toBe('');
    expect(sameHostSockets(request("evil.vn; script-src 'unsafe-inline'"))).toBe('');
  });
});
