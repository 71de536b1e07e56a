import type { Db } from '../../db/client.js';
import { mailbox } from '../../db/schema.js';
import type { NoticeAdapter, OutgoingNotice, SendResult } from './types.js';

/**
 * Keeps the notice in the `mailbox` table instead of sending it: the development default for every
 * channel, and the print queue for letters when GOV.UK Notify is not set up. The unique notice id
 * makes a resend after a crash a no-op, so this adapter delivers exactly once.
 */
export class MailboxAdapter implements NoticeAdapter {
  constructor(
    private readonly db: Db,
    readonly name = 'development mailbox',
    private readonly now: () => Date = () => new Date(),
  ) {}

  async send(notice: OutgoingNotice): Promise<SendResult> {
    await this.db
      .insert(mailbox)
      .values({
        noticeId: notice.id,
        channel: notice.channel,
        recipient: notice.recipient,
        subject: notice.subject,
        body: notice.body,
        createdAt: this.now(),
      })
      .onConflictDoNothing({ target: mailbox.noticeId });
    return { ok: true };
  }
}
