import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it.each([
    [820, 'vi', '820 B'],
    [12 * 1024, 'vi', '12 KB'],
    [1.5 * 1024 * 1024, 'vi', '1,5 MB'],
    [1.5 * 1024 * 1024, 'en', '1.5 MB'],
    [20 * 1024 * 1024, 'vi', '20 MB'],
  ])('writes %d bytes in %s as %s', (bytes, language, text) => {
    expect(formatFileSize(bytes, language)).toBe(text);
  });
});
