import type { Browser } from 'playwright-core';
import {
  encryptedDocx,
  macroEnabledDocx,
  oversizedDocx,
  scannedPdf,
  truncatedFile,
  xlsxWithoutTable,
  zipBombDocx,
} from '../testing/bad-files';
import { buildDocx } from '../testing/build-docx';
import { launchPrintingChromium } from '../testing/chromium';
import { MERGED_CELLS_TABLE } from '../testing/table-fixture';
import { detectFormat } from './detect-format';
import { PlanReadError, type PlanReadErrorCode } from './read-error';
import { readPlanFile } from './read-plan-file';
import { readZipDirectory } from './zip-directory';

async function refusal(bytes: Uint8Array): Promise<PlanReadError> {
  try {
    await readPlanFile(bytes);
  } catch (error) {
    if (error instanceof PlanReadError) return error;
    throw error;
  }
  throw new Error('the file was read, not refused');
}

const expectRefused = async (bytes: Uint8Array, code: PlanReadErrorCode) => {
  const error = await refusal(bytes);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
  return error;
};

describe('files refused, each with its code and a Vietnamese message', () => {
  let docx: Buffer;
  let browser: Browser;
  beforeAll(async () => {
    docx = await buildDocx(MERGED_CELLS_TABLE);
    browser = await launchPrintingChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a PDF with no text layer as a scan', async () => {
    const error = await expectRefused(await scannedPdf(browser), 'scanned_pdf');
    expect(error.message).toContain('bản quét, không có lớp chữ');
  });

  it('refuses a password-protected .docx (OLE container with EncryptedPackage)', async () => {
    await expectRefused(encryptedDocx(docx), 'encrypted');
  });

  it('refuses a .docx cut short as corrupt', async () => {
    await expectRefused(truncatedFile(docx), 'corrupt');
  });

  it('refuses a workbook with no task table', async () => {
    await expectRefused(await xlsxWithoutTable(), 'no_table');
  });

  it('refuses a 50 MB file by its size before reading it', async () => {
    const error = await expectRefused(await oversizedDocx(docx), 'too_large');
    expect(error.detail).toBe('tối đa 20 MB');
  });

  it('accepts a file under a raised size limit', () => {
    expect(detectFormat(docx, { maxBytes: docx.length }).format).toBe('docx');
    expect(() => detectFormat(docx, { maxBytes: docx.length - 1 })).toThrow(PlanReadError);
  });

  it.each(['both', 'content-types', 'relationships'] as const)(
    'refuses a macro-enabled .docx declared through %s, whatever the VBA part is named',
    async (declare) => {
      const error = await expectRefused(await macroEnabledDocx(docx, declare), 'macro_enabled');
      expect(error.detail).toMatch(declare === 'relationships' ? /\.rels$/ : /Content_Types|\.rels$/);
    },
  );

  it('reads a .docx holding an undeclared binary part: Word never runs it, so neither do we refuse it', async () => {
    const grid = await readPlanFile(await macroEnabledDocx(docx, 'none'));
    expect(grid.rows.length).toBe(MERGED_CELLS_TABLE.rows.length);
  });

  it('refuses a zip bomb shaped as .docx from its central directory, without expanding it', async () => {
    const bomb = await zipBombDocx(docx);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const declared = readZipDirectory(bomb)?.reduce((sum, entry) => sum + entry.uncompressedSize, 0) ?? 0;
    expect(declared).toBeGreaterThan(1024 * 1024 * 1024);
    const heapBefore = process.memoryUsage().arrayBuffers;
    await expectRefused(bomb, 'zip_bomb');
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses bytes of no known type, and an old .doc-style compound file', async () => {
    await expectRefused(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'unsupported_type',
    );
    await expectRefused(Buffer.alloc(0), 'empty');
  });
});
