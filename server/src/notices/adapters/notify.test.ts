import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { letterAddressLines, NotifyAdapter } from './notify.js';
import type { OutgoingNotice } from './types.js';

// A stand-in for the Notify API on loopback: records what the official client sends.
interface Call {
  method: string;
  url: string;
  body: Record<string, unknown> | null;
}
const calls: Call[] = [];
let answer: (call: Call) => { status: number; body: unknown } = () => ({ status: 201, body: { id: 'notify-1' } });
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  let raw = '';
  req.on('data', (chunk) => (raw += chunk));
  req.on('end', () => {
    const call = { method: req.method!, url: req.url!, body: raw ? (JSON.parse(raw) as Record<string, unknown>) : null };
    calls.push(call);
    const { status, body } = answer(call);
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
});
let adapter: NotifyAdapter;
const apiKey = 'kerbside_test-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';

beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  adapter = new NotifyAdapter({ apiKey, baseUrl: `http://127.0.0.1:${port}`, templates: { email: 'tpl-email', sms: 'tpl-sms', letter: 'tpl-letter' } });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  calls.length = 0;
  answer = () => ({ status: 201, body: { id: 'notify-1' } });
});

const notice = (channel: OutgoingNotice['channel'], recipient: string, attempt = 1): OutgoingNotice => ({
  id: '0f7d3c1e-2b7a-4d8e-9b61-3a1c2d4e5f60',
  channel,
  recipient,
  subject: 'Your report KS-2026-000123 has been dealt with',
  body: 'Done.',
  caseReference: 'KS-2026-000123',
  attempt,
});

describe('GOV.UK Notify adapter through the official client', () => {
  it('sends e-mail, text message and letter with the template, the words and the notice id as reference', async () => {
    expect(await adapter.send(notice('email', 'ada@example.com'))).toEqual({ ok: true, providerId: 'notify-1' });
    expect(await adapter.send(notice('sms', '07700 900123'))).toMatchObject({ ok: true });
    expect(await adapter.send(notice('letter', 'Ada Citizen\n12 High Street\nSutton\nSM1 1AA'))).toMatchObject({ ok: true });
    expect(calls.map((c) => c.url)).toEqual(['/v2/notifications/email', '/v2/notifications/sms', '/v2/notifications/letter']);
    expect(calls[0]!.body).toMatchObject({
      template_id: 'tpl-email',
      email_address: 'ada@example.com',
      reference: '0f7d3c1e-2b7a-4d8e-9b61-3a1c2d4e5f60',
      personalisation: { subject: 'Your report KS-2026-000123 has been dealt with', body: 'Done.', case_reference: 'KS-2026-000123' },
    });
    expect(calls[1]!.body).toMatchObject({ template_id: 'tpl-sms', phone_number: '07700 900123' });
    expect(calls[2]!.body).toMatchObject({
      template_id: 'tpl-letter',
      personalisation: { address_line_1: 'Ada Citizen', address_line_2: '12 High Street', address_line_3: 'Sutton', address_line_4: 'SM1 1AA' },
    });
  });

  it('on a retry, asks Notify for the reference first and does not send twice', async () => {
    answer = (call) => (call.method === 'GET' ? { status: 200, body: { notifications: [{ id: 'notify-earlier' }], links: {} } } : { status: 201, body: { id: 'x' } });
    expect(await adapter.send(notice('email', 'ada@example.com', 2))).toEqual({ ok: true, providerId: 'notify-earlier' });
    expect(calls.map((c) => c.method)).toEqual(['GET']);
    expect(calls[0]!.url).toContain('reference=0f7d3c1e-2b7a-4d8e-9b61-3a1c2d4e5f60');
  });

  it('calls a 400 permanent and an outage temporary', async () => {
    answer = () => ({ status: 400, body: { errors: [{ error: 'ValidationError', message: 'phone_number Not a UK mobile number' }] } });
    expect(await adapter.send(notice('sms', '123'))).toEqual({ ok: false, permanent: true, error: 'Notify 400: phone_number Not a UK mobile number' });
    answer = () => ({ status: 503, body: { errors: [{ message: 'down' }] } });
    expect(await adapter.send(notice('sms', '07700 900123'))).toMatchObject({ ok: false, permanent: false });
  });

  it('refuses a letter address Notify could not post to', () => {
    expect(letterAddressLines('12 High Street')).toBeNull();
    expect(letterAddressLines('A, B, SM1 1AA')).toEqual({ address_line_1: 'A', address_line_2: 'B', address_line_3: 'SM1 1AA' });
  });
});
