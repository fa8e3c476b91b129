import { detectDeliverableType, judgeUpload } from './content-type';
import { PACKAGE_LIMITS } from './package-safety';
import { macroDocxUnderAnotherName, realDocx, zipBombDocx } from './testing/office-files';
import { readZipDirectory } from './zip-entries';

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('uploads judged from what the package declares', () => {
  let docx: Buffer;

  beforeAll(async () => {
    docx = await realDocx();
  });

  it('accepts a real Word document written by the docx package', () => {
    expect(judgeUpload(docx)).toEqual({ type: WORD });
  });

  it.each(['content-types', 'relationships'] as const)(
    'refuses a macro-enabled Word file whose VBA part has another name, declared by its %s',
    async (declare) => {
      const docm = await macroDocxUnderAnotherName(docx, declare);
      expect(readZipDirectory(docm)?.some((entry) => /vbaProject/i.test(entry.name))).toBe(false);
      expect(detectDeliverableType(docm)).toBeNull();
      expect(judgeUpload(docm)).toEqual({ refused: 'macro_enabled' });
    },
  );

  it('refuses a .docx-shaped archive declaring an absurd expanded size, without expanding it', async () => {
    const inflated = PACKAGE_LIMITS.maxExpandedBytes + 8 * 1024 * 1024;
    const bomb = await zipBombDocx(docx, inflated);
    const declared = readZipDirectory(bomb)?.reduce((sum, entry) => sum + entry.uncompressedSize, 0) ?? 0;
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(declared).toBeGreaterThan(PACKAGE_LIMITS.maxExpandedBytes);
    const heapBefore = process.memoryUsage().arrayBuffers;
    expect(detectDeliverableType(bomb)).toBeNull();
    expect(judgeUpload(bomb)).toEqual({ refused: 'zip_bomb' });
    // Expanding the entry would have allocated its quarter gigabyte.
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses one entry compressed far beyond what office XML reaches, even under the total limit', async () => {
    const bomb = await zipBombDocx(docx, 20 * 1024 * 1024);
    expect(detectDeliverableType(bomb)).toBeNull();
    expect(judgeUpload(bomb)).toEqual({ refused: 'zip_bomb' });
  });
});
