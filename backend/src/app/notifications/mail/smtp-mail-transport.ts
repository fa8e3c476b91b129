import { createTransport, type Transporter } from 'nodemailer';
import { MailTransport, type MailMessage } from './mail-transport';

/** Mail over SMTP (MAIL_SMTP_URL, e.g. smtps://user:pass@mail.phuong.gov.vn). */
export class SmtpMailTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    super();
    this.transporter = createTransport(url);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transporter.sendMail({ from: this.from, ...message });
  }
}
