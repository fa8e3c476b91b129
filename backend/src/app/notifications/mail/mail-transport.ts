export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
}

/**
 * Where mail goes: over SMTP in production, into a folder in development and tests. Resolves
 * once the message is handed over; rejects when it could not be.
 */
export abstract class MailTransport {
  abstract send(message: MailMessage): Promise<void>;
}
