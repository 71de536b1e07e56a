// Every HTTP route beside tRPC against every role (authz-route-matrix.ts), through the real app with
// each role's session cookie; a route the server has and the table lacks fails the run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { createSession } from '../auth/sessions.js';
import { fixedClock } from '../clock.js';
import type { AppServices } from '../context.js';
import type { Database } from '../db/client.js';
import { photos } from '../db/schema.js';
import { sessionCookieName } from '../http/context.js';
import { createTestDatabase, testEngine, testServices } from '../testing/index.js';
import { buildAuthzFixture, type AuthzFixture } from './authz-fixture.js';
import { routeMatrix, routeOf } from './authz-route-matrix.js';
import { roles, userFor, type Role } from './authz-roles.js';

let database: Database;
let services: AppServices;
let fx: AuthzFixture;
let app: Awaited<ReturnType<typeof buildApp>>;
const cookies = new Map<Role, string>();

beforeAll(async () => {
  database = await createTestDatabase();
  services = testServices(database.db, fixedClock(new Date('2026-12-01T10:00:00Z')));
  fx = await buildAuthzFixture(services);
  app = await buildApp({ services, clientDir: null, tileUrl: '/tiles/{z}/{x}/{y}.png' });
  for (const role of roles) {
    const user = userFor(fx.staff, role);
    if (user) cookies.set(role, `${sessionCookieName}=${(await createSession(database.db, user.id, user.role, services.clock.now())).token}`);
  }
});
afterAll(async () => {
  await app.close();
  await database.close();
});

/** Each role asks from its own address, so one role's misses never rate-limit another. */
const addressOf = (role: Role) => `198.51.100.${roles.indexOf(role) + 1}`;

/** "METHOD path" of every route the server answers, from Fastify's own table; tRPC has its own matrix. */
function serverRoutes(): string[] {
  const routes: string[] = [];
  for (const [, path, methods] of app.printRoutes({ commonPrefix: false }).matchAll(/(\/\S*) \(([A-Z, ]+)\)/g)) {
    if (path === '/trpc/:path') continue;
    for (const method of methods!.split(', ')) if (method !== 'HEAD') routes.push(`${method} ${path}`);
  }
  return routes.sort();
}

describe(`HTTP route authorization matrix on ${testEngine}`, () => {
  it('has a row for every route the server answers, and none for a route it does not', () => {
    const inTable = [...new Set(Object.keys(routeMatrix).map(routeOf))].sort();
    expect(serverRoutes().length).toBeGreaterThan(0);
    expect(inTable).toEqual(serverRoutes());
  });

  for (const [key, row] of Object.entries(routeMatrix)) {
    describe(key, () => {
      for (const role of roles) {
        it(`as ${role}: ${row.expect[role]}`, async () => {
          const { method, url, headers, payload } = row.request(fx, role);
          const cookie = cookies.get(role);
          const res = await app.inject({ method, url, payload, remoteAddress: addressOf(role), headers: { ...headers, ...(cookie ? { cookie } : {}) } });
          const body = res.headers['content-type']?.toString().startsWith('application/json') ? res.body : `${res.rawPayload.length} bytes`;
          expect(res.statusCode, `${key} as ${role} answered ${res.statusCode}: ${body}`).toBe(row.expect[role]);
        });
      }
    });
  }

  it("leaves no trace of another crew's refused upload", async () => {
    const { url, headers, payload } = routeMatrix['PUT /api/photos/:id']!.request(fx, 'crewOther');
    const res = await app.inject({ method: 'PUT', url, payload, remoteAddress: addressOf('crewOther'), headers: { ...headers, cookie: cookies.get('crewOther')! } });
    expect(res.statusCode).toBe(403);
    const id = url.split('/').pop()!;
    expect(await database.db.select({ id: photos.id }).from(photos).where(eq(photos.id, id))).toEqual([]);
  });
});
