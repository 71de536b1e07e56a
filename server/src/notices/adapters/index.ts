import type { Db } from '../../db/client.js';
import type { NoticeConfig } from '../notice-config.js';
import { MailboxAdapter } from './mailbox.js';
import { NotifyAdapter } from './notify.js';
import { SmtpAdapter } from './smtp.js';
import type { NoticeAdapters } from './types.js';

export type { NoticeAdapter, NoticeAdapters, OutgoingNotice, SendResult } from './types.js';
export { MailboxAdapter, NotifyAdapter, SmtpAdapter };

/**
 * Which adapter carries each channel. GOV.UK Notify where it has a template for the channel; else
 * e-mail by SMTP when SMTP_URL is set; letters go to the staff print queue; anything left lands in
 * the development mailbox.
 */
export function adaptersFromConfig(db: Db, config: Pick<NoticeConfig, 'smtpUrl' | 'smtpFrom' | 'notify'>): NoticeAdapters {
  const notify = config.notify ? new NotifyAdapter(config.notify) : null;
  const mailbox = new MailboxAdapter(db);
  return {
    email: notify?.handles('email') ? notify : config.smtpUrl ? new SmtpAdapter({ url: config.smtpUrl, from: config.smtpFrom }) : mailbox,
    sms: notify?.handles('sms') ? notify : mailbox,
    letter: notify?.handles('letter') ? notify : new MailboxAdapter(db, 'print queue'),
  };
}
