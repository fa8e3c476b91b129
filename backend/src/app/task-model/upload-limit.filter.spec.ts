import { sizeText } from './upload-limit.filter';

describe('sizeText', () => {
  it.each([
    [20 * 1024 * 1024, '20 MB'],
    [1.5 * 1024 * 1024, '1,5 MB'],
    [512 * 1024, '512 KB'],
  ])('writes %d bytes as %s', (bytes, text) => {
    expect(sizeText(bytes)).toBe(text);
  });
});
