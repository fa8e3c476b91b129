import { ALWAYS_REVALIDATE, cacheControlFor, FOREVER } from './static-cache';

describe('cacheControlFor', () => {
  it('keeps files named after their content for good', () => {
    expect(cacheControlFor('/srv/dist/frontend/browser/main-PPML5FDC.js')).toBe(FOREVER);
    expect(cacheControlFor('/srv/dist/frontend/browser/chunk-EA4H3DLL.js')).toBe(FOREVER);
    expect(cacheControlFor('styles-4UNXZA4Z.css')).toBe(FOREVER);
  });

  it('has the browser check everything else on every visit', () => {
    expect(cacheControlFor('/srv/dist/frontend/browser/index.html')).toBe(ALWAYS_REVALIDATE);
    expect(cacheControlFor('favicon.svg')).toBe(ALWAYS_REVALIDATE);
    expect(cacheControlFor('main.js')).toBe(ALWAYS_REVALIDATE);
    expect(cacheControlFor('chunk-lowercase.js')).toBe(ALWAYS_REVALIDATE);
  });
});
