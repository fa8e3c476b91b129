import { readZipDirectory } from '@dondoc/plan-readers';
import { macroEnabledDocx, zipBombDocx } from '@dondoc/plan-readers/testing';
import { Document, Packer, Paragraph } from 'docx';
import { detectDeliverableType, judgeUpload } from './content-type';
import { isZipBomb, PACKAGE_LIMITS } from './package-safety';

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A real Word document, written by the `docx` package as Word would read it. */
function realDocx(): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({ sections: [{ children: [new Paragraph('Báo cáo kết quả thực hiện')] }] }),
  );
}

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
      const docm = await macroEnabledDocx(docx, declare);
      expect(readZipDirectory(docm)?.some((entry) => /vbaProject/i.test(entry.name))).toBe(false);
      expect(detectDeliverableType(docm)).toBeNull();
      expect(judgeUpload(docm)).toEqual({ refused: 'macro_enabled' });
    },
  );

  it('refuses an archive whose declared expanded size passes the limit, from its directory alone', async () => {
    // The rule on a smaller scale (deflating 200 MB of zeros for a test is slow on a shared machine):
    // a limit of 16 MB and no ratio rule, against a 20 MB entry.
    const bomb = await zipBombDocx(docx, 20 * 1024 * 1024);
    const entries = readZipDirectory(bomb) ?? [];
    const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    expect(declared).toBeGreaterThan(20 * 1024 * 1024);
    const limits = {
      ...PACKAGE_LIMITS,
      maxUncompressedBytes: 16 * 1024 * 1024,
      maxCompressionRatio: Infinity,
    };
    expect(isZipBomb(entries, limits)).toBe(true);
    expect(isZipBomb(readZipDirectory(docx) ?? [], limits)).toBe(false);
  });

  it('refuses one entry compressed far beyond what office XML reaches, even under the total limit', async () => {
    // 20 MB of zeros packed into about 20 KB, as a 1 GiB bomb packs into 1 MB: refused without expanding.
    const bomb = await zipBombDocx(docx, 20 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const external = process.memoryUsage().arrayBuffers;
    expect(detectDeliverableType(bomb)).toBeNull();
    expect(process.memoryUsage().arrayBuffers - external).toBeLessThan(10 * 1024 * 1024);
    expect(judgeUpload(bomb)).toEqual({ refused: 'zip_bomb' });
  });
});
