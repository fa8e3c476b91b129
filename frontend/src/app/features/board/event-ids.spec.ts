import { compareEventIds, newestEventId } from './event-ids';

describe('compareEventIds', () => {
  it.each([
    ['9', '10', -1],
    ['10', '9', 1],
    ['42', '42', 0],
    ['007', '7', 0],
    ['9007199254740993', '9007199254740992', 1],
    ['123456789012345678901', '99999999999999999999', 1],
  ])('compares %s with %s as numbers', (a, b, sign) => {
    expect(Math.sign(compareEventIds(a, b))).toBe(sign);
  });
});

describe('newestEventId', () => {
  it.each([
    [null, null, null],
    [null, '5', '5'],
    ['5', null, '5'],
    ['5', '12', '12'],
    ['12', '5', '12'],
  ])('keeps the newest of %p and %p', (current, candidate, expected) => {
    expect(newestEventId(current, candidate)).toBe(expected);
  });
});
