import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { redactSecrets } from './http/security.js';
import type { Database } from './db/client.js';
import { createTestDatabase, seedStaff, testPassword, testServices } from './testing/index.js';

let database: Database;
let app: Awaited<ReturnType<typeof buildApp>>;
const clientDir = mkdtempSync(join(tmpdir(), 'kerbside-client-'));

beforeAll(async () => {
  database = await createTestDatabase();
  await seedStaff(database.db);
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Kerbside</title>');
  app = await buildApp({ services: testServices(database.db), clientDir, tileUrl: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png' });
});
afterAll(async () => {
  await app.close();
  await database.close();
  rmSync(clientDir, { recursive: true, force: true });
});

describe('the HTTP server', () => {
  it('reports database reachability on /healthz', async () => {
    const res = await app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'reachable' });
  });

  it('sends security headers with a CSP that allows the configured tiles and nothing else', async () => {
    const res = await app.inject({ url: '/sign-in', headers: { accept: 'text/html' } });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/img-src [^;]*https:\/\/\*\.tiles\.example\.org/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    // Browsers act on HSTS only over https; it is always sent so a TLS front end passes it on.
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
  });

  it('serves the client for page routes and JSON 404s for unknown API paths', async () => {
    const page = await app.inject({ url: '/crew/jobs/123', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Kerbside</title>');
    const api = await app.inject({ url: '/api/nothing-here', headers: { accept: 'text/html' } });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: 'Not found' });
  });

  it('sets an httpOnly, SameSite=Lax session cookie on sign-in, and returns no password hash', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ json: { email: 'agent@test.example', password: testPassword } }),
    });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/ks_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http here; Secure is set over https
    expect(res.body).not.toContain('scrypt');
  });

  it('names the field on bad input and never sends a stack trace', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ json: { email: 'not an email', password: '' } }),
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.json.message).toContain('email');
    expect(body.error.json.data.fieldErrors).toHaveProperty('password');
    expect(res.body).not.toMatch(/stack|at .*\.ts:\d+/);
  });

  it('answers malformed JSON with a 4xx, not a crash', async () => {
    const res = await app.inject({ method: 'POST', url: '/trpc/auth.signIn', headers: { 'content-type': 'application/json' }, payload: '{"json":' });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });
});

describe('logs', () => {
  it('never write a tracking token', async () => {
    expect(redactSecrets('/track/KS-2026-000001?t=secret-token&x=1')).toBe('/track/KS-2026-000001?t=[redacted]&x=1');
    expect(redactSecrets('/api/public/photos/1?ref=KS-2026-000001&t=abc')).toBe('/api/public/photos/1?ref=KS-2026-000001&t=[redacted]');
  });
});
