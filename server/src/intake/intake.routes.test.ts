import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { maxPhotoBytes } from '@kerbside/shared';
import { buildApp } from '../app.js';
import { createSession } from '../auth/sessions.js';
import type { AppServices } from '../context.js';
import type { Database } from '../db/client.js';
import { photos } from '../db/schema.js';
import { sessionCookieName } from '../http/context.js';
import { createTestDatabase, fakeJpeg, seedStaff, testServices } from '../testing/index.js';

let database: Database;
let services: AppServices;
let app: Awaited<ReturnType<typeof buildApp>>;
let agentCookie: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const staff = await seedStaff(database.db);
  services = testServices(database.db);
  app = await buildApp({ services, clientDir: null, tileUrl: 'http://127.0.0.1:1/{z}/{x}/{y}.png' });
  const { token } = await createSession(database.db, staff.agent.id, 'agent', services.clock.now());
  agentCookie = `${sessionCookieName}=${token}`;
});
afterAll(async () => {
  await app.close();
  await database.close();
});

const upload = (body: Buffer | Uint8Array, options: { cookie?: string; ip?: string; type?: string } = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/intake/photos',
    payload: Buffer.from(body),
    remoteAddress: options.ip ?? '203.0.113.1',
    headers: { 'content-type': options.type ?? 'application/octet-stream', ...(options.cookie ? { cookie: options.cookie } : {}) },
  });
const photoRows = async () => (await database.db.select({ n: count() }).from(photos))[0]!.n;
const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF');

describe('POST /api/intake/photos', () => {
  it('stores a photo from the public form, judged by its bytes whatever it claims to be', async () => {
    const response = await upload(fakeJpeg('street'), { type: 'text/plain' });
    expect(response.statusCode).toBe(201);
    const body = response.json<{ id: string; contentType: string; byteSize: number }>();
    expect(body).toMatchObject({ contentType: 'image/jpeg', byteSize: fakeJpeg('street').length });
    const [row] = await database.db.select().from(photos).where(eq(photos.id, body.id));
    expect(row).toMatchObject({ kind: 'report', caseId: null, uploadedBy: null });
    expect(await services.photoStorage.get(row!.storageKey)).toEqual(Buffer.from(fakeJpeg('street')));
  });

  it('refuses a file that is not an image, even named and typed as one, and stores nothing', async () => {
    const before = await photoRows();
    const response = await upload(Buffer.from('<html><script>alert(1)</script></html>'), { type: 'image/jpeg' });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ error: 'The selected file must be a JPEG, PNG, WebP or HEIC photo', code: 'unsupported_type' });
    expect(await photoRows()).toBe(before);
  });

  it('takes a scanned letter as PDF from an agent only', async () => {
    expect((await upload(pdf)).statusCode).toBe(415);
    const response = await upload(pdf, { cookie: agentCookie });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ contentType: 'application/pdf' });
  });

  it('refuses an empty body and a file over 15 MB with a clear message', async () => {
    expect((await upload(Buffer.alloc(0))).json()).toMatchObject({ error: 'The selected file is empty' });
    const before = await photoRows();
    const huge = Buffer.alloc(maxPhotoBytes + 1);
    huge.set(fakeJpeg('big'));
    const response = await upload(huge, { ip: '203.0.113.9' });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: 'The selected file must be smaller than 15 MB' });
    expect(await photoRows()).toBe(before);
  });

  it('limits public uploads per address, but not agents', async () => {
    const ip = '203.0.113.50';
    for (let i = 0; i < 30; i++) expect((await upload(fakeJpeg(`n${i}`), { ip })).statusCode).toBe(201);
    const refused = await upload(fakeJpeg('one too many'), { ip });
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'rate_limited' });
    expect((await upload(fakeJpeg('agent'), { ip, cookie: agentCookie })).statusCode).toBe(201);
  });
});

describe('the rest of the app beside the upload route', () => {
  it('still reads JSON bodies elsewhere: a bad web report over HTTP gets its field errors', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/trpc/intake.reportOnline',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ json: { description: 'x'.repeat(4001) } }),
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json<{ error: { json: { data: { fieldErrors: Record<string, string> } } } }>();
    expect(error.json.data.fieldErrors).toMatchObject({
      description: 'Description must be 4,000 characters or fewer',
      location: expect.stringMatching(/Choose where the problem is/),
      categoryId: expect.any(String),
    });
    expect(JSON.stringify(error)).not.toMatch(/stack|node_modules/);
  });
});
