import archiver from 'archiver';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';

/** A real Word document, written by the `docx` package as Word would read it. */
export async function realDocx(text = 'Báo cáo kết quả thực hiện'): Promise<Buffer> {
  const document = new Document({ sections: [{ children: [new Paragraph(text)] }] });
  return Packer.toBuffer(document);
}

export type MacroDeclaration = 'content-types' | 'relationships';

/**
 * A real .docx made macro-enabled the way a renamed .docm is: a VBA project under an unremarkable
 * part name (`word/customData7.bin`), declared through its content type or its relationship.
 */
export async function macroDocxUnderAnotherName(docx: Buffer, declare: MacroDeclaration): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  zip.file(
    'word/customData7.bin',
    Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), randomBytes(2048)]),
  );
  if (declare === 'content-types') {
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
  } else {
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

/** A real .docx plus one entry of `inflatedBytes` zeros that deflates ~1000:1, streamed by archiver. */
export async function zipBombDocx(docx: Buffer, inflatedBytes: number): Promise<Buffer> {
  const source = await JSZip.loadAsync(docx);
  // The fastest level: zeros deflate about 1000:1 at any level.
  const archive = archiver('zip', { zlib: { level: 1 } });
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
