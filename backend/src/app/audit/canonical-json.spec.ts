import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('orders keys at every depth, so insertion order does not change the text', () => {
    const one = { b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } };
    const other = { a: { c: 'x', d: [3, { y: null, z: true }] }, b: 1 };
    expect(canonicalJson(one)).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
    expect(canonicalJson(other)).toBe(canonicalJson(one));
  });

  it('gives the same text before and after a JSON round trip (what the database gives back)', () => {
    const value = { at: new Date('2026-03-01T00:00:00.000Z'), gone: undefined, list: [undefined, 1.5] };
    expect(canonicalJson(value)).toBe(canonicalJson(JSON.parse(JSON.stringify(value))));
    expect(canonicalJson(value)).toBe('{"at":"2026-03-01T00:00:00.000Z","list":[null,1.5]}');
  });

  it('keeps Vietnamese text and escapes exactly as JSON does', () => {
    expect(canonicalJson({ comment: 'Đồng ý "ban hành"\n' })).toBe('{"comment":"Đồng ý \\"ban hành\\"\\n"}');
  });

  it('writes top-level primitives and undefined as JSON', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson(7)).toBe('7');
    expect(canonicalJson('a')).toBe('"a"');
  });
});
