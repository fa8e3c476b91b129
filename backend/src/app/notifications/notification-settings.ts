import { join } from 'node:path';
import type { Env } from '../config/env';
import { FolderMailTransport } from './mail/folder-mail-transport';
import type { MailTransport } from './mail/mail-transport';
import { SmtpMailTransport } from './mail/smtp-mail-transport';

/** The digest hour and due-soon days are each ward's (WardSettingsReader). */
export interface DigestSettings {
  /** Users carry no e-mail address yet: a digest goes to <username>@<this domain>. */
  mailUserDomain: string;
}

export const DIGEST_SETTINGS = Symbol('DIGEST_SETTINGS');

export function digestSettings(env: Env): DigestSettings {
  return {
    mailUserDomain: env.MAIL_USER_DOMAIN,
  };
}

/** SMTP when MAIL_SMTP_URL is set; otherwise .eml files in DATA_DIR/mail. */
export function mailTransportFor(env: Env): MailTransport {
  return env.MAIL_SMTP_URL
    ? new SmtpMailTransport(env.MAIL_SMTP_URL, env.MAIL_FROM)
    : new FolderMailTransport(join(env.DATA_DIR, 'mail'), env.MAIL_FROM);
}
