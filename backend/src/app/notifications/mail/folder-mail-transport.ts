import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Transporter } from 'nodemailer';
import type { SentMessageInfo, Options as StreamOptions } from 'nodemailer/lib/stream-transport';
import { newId } from '../../common/ids';
import { MailTransport, type MailMessage } from './mail-transport';

/**
 * The development transport: nodemailer builds the real RFC 5322 message and it is written to the
 * folder as one .eml file, which any mail client opens. Nothing leaves the machine.
 */
export class FolderMailTransport extends MailTransport {
  private composer: Promise<Transporter<SentMessageInfo, StreamOptions>> | undefined;

  constructor(
    readonly folder: string,
    private readonly from: string,
  ) {
    super();
  }

  async send(message: MailMessage): Promise<void> {
    // nodemailer comes with the first mail: 2 MB of heap a backend that sends none need not hold.
    this.composer ??= import('nodemailer').then(({ createTransport }) =>
      createTransport({ streamTransport: true, buffer: true, newline: 'unix' }),
    );
    const info = await (await this.composer).sendMail({ from: this.from, ...message });
    await mkdir(this.folder, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${newId()}.eml`;
    await writeFile(join(this.folder, name), info.message as Buffer);
  }
}
