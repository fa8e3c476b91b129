import { corsOptions } from './cors-origins';
import { InvalidEnvironmentError, loadEnv } from './env';

type OriginCheck = (
  origin: string | undefined,
  answer: (error: Error | null, allow?: boolean) => void,
) => void;

function allows(origins: string[], origin: string | undefined): boolean {
  let allowed: boolean | undefined;
  (corsOptions(origins).origin as OriginCheck)(origin, (_, allow) => (allowed = allow));
  return allowed === true;
}

describe('CORS_ORIGINS', () => {
  it('allows no other origin by default', () => {
    expect(loadEnv({}).CORS_ORIGINS).toEqual([]);
  });

  it('reads a comma-separated list of origins', () => {
    expect(loadEnv({ CORS_ORIGINS: 'https://bang.phuong.vn, http://localhost:4200' }).CORS_ORIGINS).toEqual([
      'https://bang.phuong.vn',
      'http://localhost:4200',
    ]);
  });

  it('refuses an entry with a path, a trailing slash or no scheme, naming the variable', () => {
    for (const wrong of ['https://bang.phuong.vn/', 'bang.phuong.vn', 'https://a.vn/app', '*']) {
      const attempt = () => loadEnv({ CORS_ORIGINS: wrong });
      expect(attempt).toThrow(InvalidEnvironmentError);
      expect(attempt).toThrow(/CORS_ORIGINS/);
    }
  });
});

describe('corsOptions', () => {
  it('answers CORS only for a configured origin, exactly', () => {
    const origins = ['https://bang.phuong.vn'];
    expect(allows(origins, 'https://bang.phuong.vn')).toBe(true);
    expect(allows(origins, 'https://bang.phuong.vn.evil.example')).toBe(false);
    expect(allows(origins, 'http://bang.phuong.vn')).toBe(false);
    expect(allows([], 'https://bang.phuong.vn')).toBe(false);
  });

  it('adds nothing for a same-origin or non-browser request (no Origin header)', () => {
    expect(allows(['https://bang.phuong.vn'], undefined)).toBe(false);
  });

  it('never allows credentials: tokens travel in the Authorization header', () => {
    expect(corsOptions([]).credentials).toBe(false);
    expect(corsOptions([]).exposedHeaders).toContain('x-request-id');
  });
});
