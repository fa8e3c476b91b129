import { requestIdFor } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('requestIdFor', () => {
  it("keeps the caller's id when it is a plain token", () => {
    expect(requestIdFor('edge-7f3a9c1e.42')).toBe('edge-7f3a9c1e.42');
    expect(requestIdFor('0d2c1b7e-5b1f-4e8e-9a51-3f7c2d1e0a9b')).toBe('0d2c1b7e-5b1f-4e8e-9a51-3f7c2d1e0a9b');
  });

  it('replaces a missing, repeated, too short, too long or odd id with a fresh UUID', () => {
    for (const incoming of [
      undefined,
      ['a1b2c3d4e5', 'f6g7h8i9j0'],
      'short',
      'x'.repeat(129),
      'id with spaces',
      'id\r\nset-cookie: a=b',
    ]) {
      expect(requestIdFor(incoming)).toMatch(UUID);
    }
  });

  it('never hands out the same generated id twice', () => {
    expect(requestIdFor(undefined)).not.toBe(requestIdFor(undefined));
  });
});
