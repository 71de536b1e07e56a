// The outbox survives a crash: the server is SIGKILLed while it sends notices and started again.
import { expect, test } from '@playwright/test';
import { queryOn } from '../support/database.js';
import { startOwnServer } from '../support/own-server.js';
import { startSmtpSink } from '../support/smtp.js';

const fastWorker = { NOTICE_POLL_MS: '100', NOTICE_LEASE_SECONDS: '2' };

async function queueNotices(databaseUrl: string): Promise<number> {
  const rows = await queryOn<{ id: string }>(
    databaseUrl,
    `insert into notices (case_id, citizen_id, kind, channel, subject, body)
     select r.case_id, r.citizen_id, 'update', 'email', 'Update on ' || c.reference, 'Your report ' || c.reference || ' has an update.'
     from case_reporters r join cases c on c.id = r.case_id join citizens ci on ci.id = r.citizen_id
     where ci.email is not null returning id`,
  );
  return rows.length;
}

const count = async (databaseUrl: string, sql: string) => (await queryOn<{ n: number }>(databaseUrl, sql))[0]!.n;

test('killed mid-send and restarted, the mailbox gets every notice exactly once', async () => {
  const server = await startOwnServer({ ...fastWorker, NOTICE_WORKER: 'off' });
  try {
    const queued = await queueNotices(server.databaseUrl);
    expect(queued).toBeGreaterThan(50);
    await server.restart('SIGTERM', { NOTICE_WORKER: 'on' });
    const sent = () => count(server.databaseUrl, `select count(*)::int as n from mailbox`);
    await expect.poll(sent, { intervals: [20] }).toBeGreaterThan(0);
    await server.current().stop('SIGKILL');
    expect(await sent(), 'the kill came while notices were still being sent').toBeLessThan(queued);
    await server.restart();
    await expect.poll(() => count(server.databaseUrl, `select count(*)::int as n from notices where state <> 'sent'`), { timeout: 30_000 }).toBe(0);
    expect(await sent()).toBe(queued);
    expect(await count(server.databaseUrl, `select count(distinct notice_id)::int as n from mailbox`)).toBe(queued);
    expect(await count(server.databaseUrl, `select count(*)::int as n from case_events where kind = 'notice_sent'`)).toBe(queued);
  } finally {
    await server.close();
  }
});

test('killed mid-send over SMTP, every notice is delivered, and any repeat carries the same Message-ID', async () => {
  const smtp = await startSmtpSink();
  const server = await startOwnServer({ ...fastWorker, NOTICE_WORKER: 'off', SMTP_URL: smtp.url });
  try {
    const queued = await queueNotices(server.databaseUrl);
    await server.restart('SIGTERM', { NOTICE_WORKER: 'on' });
    await expect.poll(() => smtp.messages.length, { intervals: [20] }).toBeGreaterThan(0);
    await server.current().stop('SIGKILL');
    expect(smtp.messages.length, 'the kill came while notices were still being sent').toBeLessThan(queued);
    await server.restart();
    await expect.poll(() => count(server.databaseUrl, `select count(*)::int as n from notices where state <> 'sent'`), { timeout: 30_000 }).toBe(0);
    const ids = smtp.messages.map((m) => m.header('X-Kerbside-Notice-Id'));
    expect(new Set(ids).size).toBe(queued);
    // SMTP has no idempotency: a crash between the server accepting and us recording can repeat a
    // message. A repeat is the same message (same Message-ID), which mail clients show once.
    const messageIdOf = new Map<string, string>();
    for (const m of smtp.messages) {
      const noticeId = m.header('X-Kerbside-Notice-Id')!;
      const messageId = m.header('Message-ID')!;
      expect(messageIdOf.get(noticeId) ?? messageId).toBe(messageId);
      messageIdOf.set(noticeId, messageId);
    }
  } finally {
    await server.close();
    await smtp.close();
  }
});
