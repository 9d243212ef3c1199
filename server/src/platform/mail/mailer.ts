import nodemailer from 'nodemailer';
import type { Logger } from '../logger.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** True when an SMTP server is configured; otherwise links are shown to the admin instead. */
  readonly enabled: boolean;
  send(message: MailMessage): Promise<void>;
}

export function createMailer(smtpUrl: string | undefined, from: string, logger: Logger): Mailer {
  if (!smtpUrl) {
    return {
      enabled: false,
      send: () => Promise.resolve(),
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    enabled: true,
    async send(message) {
      try {
        await transport.sendMail({ from, ...message });
      } catch (error) {
        // A failed email must not undo the change that caused it; it is logged for the admin.
        logger.error({ err: error, to: message.to, subject: message.subject }, 'Email could not be sent');
      }
    },
  };
}
