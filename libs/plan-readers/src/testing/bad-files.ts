import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Browser } from 'playwright-core';
import { streamingZip } from './archiver-zip';
import { printPdf } from './chromium';
import { encryptOfficeDocument } from './office-encryption';

/** A real .docx cut short, as an interrupted download leaves it: its zip directory is lost. */
export function truncatedFile(file: Buffer, keep = 0.6): Buffer {
  return file.subarray(0, Math.floor(file.length * keep));
}

/** A real .docx saved with a password: Office's encrypted container around it. */
export function encryptedDocx(docx: Buffer, password?: string): Buffer {
  return encryptOfficeDocument(docx, password);
}

export type MacroDeclaration = 'content-types' | 'relationships' | 'both' | 'none';

/**
 * A real .docx turned macro-enabled: a VBA project stored under an unremarkable name
 * ("word/customData7.bin"), declared through the content types, the relationships, or both.
 * With 'none' the part is there but undeclared, so Word never runs it.
 */
export async function macroEnabledDocx(docx: Buffer, declare: MacroDeclaration = 'both'): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  zip.file(
    'word/customData7.bin',
    Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), randomBytes(2048)]),
  );
  if (declare === 'content-types' || declare === 'both') {
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    zip.file(
      '[Content_Types].xml',
      types
        .replace(
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
          'application/vnd.ms-word.document.macroEnabled.main+xml',
        )
        .replace(
          '</Types>',
          '<Override PartName="/word/customData7.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
        ),
    );
  }
  if (declare === 'relationships' || declare === 'both') {
    const path = 'word/_rels/document.xml.rels';
    const rels = (await zip.file(path)?.async('string')) ?? '';
    zip.file(
      path,
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdVba1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="customData7.bin"/></Relationships>',
      ),
    );
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** `bytes` zero bytes, produced as they are read: the bomb's payload is never held in memory. */
function zeros(bytes: number): Readable {
  const chunk = Buffer.alloc(1024 * 1024);
  let left = bytes;
  return new Readable({
    read() {
      if (left <= 0) return void this.push(null);
      const size = Math.min(left, chunk.length);
      left -= size;
      this.push(size === chunk.length ? chunk : chunk.subarray(0, size));
    },
  });
}

/**
 * A real .docx plus one entry of `inflatedBytes` zeros (1 GiB by default) that deflates to about
 * a thousandth of that, written by archiver as a stream.
 */
export async function zipBombDocx(docx: Buffer, inflatedBytes = 1024 * 1024 * 1024): Promise<Buffer> {
  const source = await JSZip.loadAsync(docx);
  const archive = streamingZip();
  const parts: Buffer[] = [];
  archive.on('data', (part: Buffer) => parts.push(part));
  const done = new Promise<void>((resolve, reject) => {
    archive.on('end', () => resolve());
    archive.on('error', reject);
  });
  for (const [name, entry] of Object.entries(source.files)) {
    if (!entry.dir) archive.append(await entry.async('nodebuffer'), { name });
  }
  archive.append(zeros(inflatedBytes), { name: 'word/media/image1.emf' });
  await archive.finalize();
  await done;
  return Buffer.concat(parts);
}

/** A real .docx grown past `bytes` by an incompressible picture stored as is. */
export async function oversizedDocx(docx: Buffer, bytes = 50 * 1024 * 1024): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  zip.file('word/media/image1.png', randomBytes(bytes), { compression: 'STORE' });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A workbook of notes and figures with nothing shaped like a task table. */
export async function xlsxWithoutTable(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Số liệu');
  sheet.addRow(['Tổng hợp số liệu thu ngân sách năm 2025']);
  sheet.addRow(['Tháng', 'Thu (triệu đồng)', 'So cùng kỳ']);
  for (let month = 1; month <= 12; month++) sheet.addRow([month, 1000 + month * 37, `${100 + month}%`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A scan: Chromium prints a page holding only a picture of a plan (text drawn on a canvas and
 * turned into a PNG), so the PDF has no text layer at all.
 */
export async function scannedPdf(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage();
  const png = await page
    .evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 1100;
      canvas.height = 700;
      const context = canvas.getContext('2d');
      if (!context) return '';
      context.fillStyle = '#fff';
      context.fillRect(0, 0, 1100, 700);
      context.fillStyle = '#000';
      context.font = '28px serif';
      context.fillText('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026', 200, 80);
      context.strokeRect(50, 120, 1000, 500);
      context.fillText('STT   Nội dung công việc   Cơ quan chủ trì   Thời hạn', 70, 170);
      return canvas.toDataURL('image/png');
    })
    .finally(() => page.close());
  if (!png.startsWith('data:image/png')) throw new Error('scannedPdf: the canvas drew nothing');
  return printPdf(
    browser,
    `<!doctype html><html><body style="margin:0"><img src="${png}" alt="" style="width:100%"></body></html>`,
  );
}
