import type { Transporter } from 'nodemailer';
import { MailTransport, type MailMessage } from './mail-transport';

/** Mail over SMTP (MAIL_SMTP_URL, e.g. smtps://user:pass@mail.phuong.gov.vn). */
export class SmtpMailTransport extends MailTransport {
  private transporter: Promise<Transporter> | undefined;

  constructor(
    private readonly url: string,
    private readonly from: string,
  ) {
    super();
  }

  async send(message: MailMessage): Promise<void> {
    // nodemailer comes with the first mail: 2 MB of heap a backend that sends none need not hold.
    this.transporter ??= import('nodemailer').then(({ createTransport }) => createTransport(this.url));
    await (await this.transporter).sendMail({ from: this.from, ...message });
  }
}
