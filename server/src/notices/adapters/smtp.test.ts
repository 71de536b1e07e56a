import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { SmtpAdapter } from './smtp.js';
import type { OutgoingNotice } from './types.js';

// A real SMTP server on loopback; recipients at refused.example / busy.example are turned away.
const received: { to: string[]; raw: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (address.address.endsWith('@refused.example')) return callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
    if (address.address.endsWith('@busy.example')) return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
    callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
      callback();
    });
  },
});
let adapter: SmtpAdapter;

beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  adapter = new SmtpAdapter({ url: `smtp://127.0.0.1:${port}`, from: 'Sutton Council <streets@sutton.example>' });
});
afterAll(async () => {
  adapter.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const notice = (recipient: string): OutgoingNotice => ({
  id: '5b0c8a57-7a4e-4b47-9d3c-0d6f0b5e6a11',
  channel: 'email',
  recipient,
  subject: 'Your report KS-2026-000123 has been dealt with',
  body: 'Your report KS-2026-000123 has been dealt with.\n\nhttp://127.0.0.1/track/KS-2026-000123?t=abc',
  caseReference: 'KS-2026-000123',
  attempt: 1,
});

describe('SMTP adapter against a real SMTP server on loopback', () => {
  it('delivers the notice with a Message-ID derived from the notice id', async () => {
    const result = await adapter.send(notice('ada@example.com'));
    expect(result).toEqual({ ok: true, providerId: '<notice-5b0c8a57-7a4e-4b47-9d3c-0d6f0b5e6a11@sutton.example>' });
    const mail = received.at(-1)!;
    expect(mail.to).toEqual(['ada@example.com']);
    expect(mail.raw).toContain('Subject: Your report KS-2026-000123 has been dealt with');
    expect(mail.raw).toContain('Message-ID: <notice-5b0c8a57-7a4e-4b47-9d3c-0d6f0b5e6a11@sutton.example>');
    expect(mail.raw).toContain('X-Kerbside-Case: KS-2026-000123');
    expect(mail.raw).toContain('http://127.0.0.1/track/KS-2026-000123?t=abc');
  });

  it('calls a 5xx refusal permanent and a 4xx one temporary', async () => {
    expect(await adapter.send(notice('nobody@refused.example'))).toMatchObject({ ok: false, permanent: true, error: expect.stringContaining('550') });
    expect(await adapter.send(notice('someone@busy.example'))).toMatchObject({ ok: false, permanent: false, error: expect.stringContaining('451') });
  });

  it('calls an unreachable server temporary', async () => {
    const nowhere = new SmtpAdapter({ url: 'smtp://127.0.0.1:1', from: 'streets@sutton.example' });
    expect(await nowhere.send(notice('ada@example.com'))).toMatchObject({ ok: false, permanent: false });
    nowhere.close();
  });
});
