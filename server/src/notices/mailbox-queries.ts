import { desc, eq, ne } from 'drizzle-orm';
import type { MailboxEntry, MailboxListInput } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { cases, mailbox, notices } from '../db/schema.js';

/** The development mailbox and the print queue, newest first, for staff. */
export async function listMailbox(db: Db, filter: MailboxListInput): Promise<MailboxEntry[]> {
  const rows = await db
    .select({
      id: mailbox.id,
      noticeId: mailbox.noticeId,
      caseReference: cases.reference,
      channel: mailbox.channel,
      recipient: mailbox.recipient,
      subject: mailbox.subject,
      body: mailbox.body,
      createdAt: mailbox.createdAt,
    })
    .from(mailbox)
    .leftJoin(notices, eq(notices.id, mailbox.noticeId))
    .leftJoin(cases, eq(cases.id, notices.caseId))
    .where(filter.channel ? eq(mailbox.channel, filter.channel) : ne(mailbox.channel, 'none'))
    .orderBy(desc(mailbox.createdAt), desc(mailbox.id))
    .limit(filter.limit);
  // 'none' never reaches the mailbox; this only narrows the type.
  return rows.flatMap((row) => (row.channel === 'none' ? [] : [{ ...row, channel: row.channel }]));
}
