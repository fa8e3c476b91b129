import { foldVietnamese } from '@dondoc/domain';

/**
 * A one-page PDF standing in for the file a demo lead unit hands in, so the demo's submissions
 * carry a real deliverable. The standard Helvetica font has no Vietnamese glyphs, hence the folded
 * text; byte offsets in the cross-reference table are computed, so any PDF reader opens it.
 */
export function demoDeliverablePdf(ref: string, title: string): Buffer {
  const lines = [
    `Du thao - nhiem vu ${ref}`,
    foldVietnamese(title).slice(0, 90),
    'Tai lieu mau cua ban demo Don Doc',
  ];
  const text = lines
    .map((line, index) => `BT /F1 12 Tf 56 ${780 - index * 20} Td (${escapePdf(line)}) Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = Buffer.byteLength(body, 'latin1');
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function escapePdf(line: string): string {
  return line.replace(/[^\x20-\x7e]/g, '?').replace(/([\\()])/g, '\\$1');
}
