import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FolderMailTransport } from './folder-mail-transport';

/** Quoted-printable as nodemailer writes it, back to text. */
function decodeQuotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

describe('FolderMailTransport', () => {
  let folder: string;

  beforeEach(() => {
    folder = join(mkdtempSync(join(tmpdir(), 'dondoc-mail-')), 'mail');
  });

  afterEach(() => rmSync(join(folder, '..'), { recursive: true, force: true }));

  it('writes each message as an .eml file a mail client can open', async () => {
    const transport = new FolderMailTransport(folder, 'Đôn Đốc <khong-tra-loi@dondoc.local>');
    await transport.send({
      to: ['a@phuong.gov.vn', 'b@phuong.gov.vn'],
      subject: 'Bản tin',
      text: 'Nhiệm vụ quá hạn: 2',
    });
    await transport.send({ to: ['c@phuong.gov.vn'], subject: 'Khác', text: 'x' });

    const files = readdirSync(folder).sort();
    expect(files).toHaveLength(2);
    expect(files.every((file) => file.endsWith('.eml'))).toBe(true);
    const message = readFileSync(
      join(
        folder,
        files.find((file) => readFileSync(join(folder, file), 'utf8').includes('a@phuong')) as string,
      ),
      'utf8',
    );
    expect(message).toMatch(/^To: a@phuong\.gov\.vn, b@phuong\.gov\.vn$/m);
    expect(message).toMatch(/^From: .*<khong-tra-loi@dondoc\.local>$/m);
    expect(message).toMatch(/^Subject: /m);
    expect(message).toMatch(/^Message-ID: </m);
    const body = message.slice(message.indexOf('\n\n') + 2);
    expect(decodeQuotedPrintable(body)).toContain('Nhiệm vụ quá hạn: 2');
  });
});
