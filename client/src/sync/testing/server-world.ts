// The real server, in-process, for the Jepsen test: in-memory PGlite with the real migrations,
// tRPC procedures through `callerFor`, and the real Fastify app for the photo route.
import type { SessionUser } from '@kerbside/shared';
import { buildApp } from '@kerbside/server';
// eslint-disable-next-line no-restricted-imports -- tests drive the real server; the app never imports this
import { callerFor, createTestDatabase, seedCategory, seedStaff, testPassword, testServices } from '@kerbside/server/testing';

export type World = Awaited<ReturnType<typeof createWorld>>;

export interface Crew {
  user: SessionUser;
  crewId: string;
  /** The session cookie for the photo route. */
  cookie: string;
}

export async function createWorld() {
  const database = await createTestDatabase();
  const services = testServices(database.db);
  const staff = await seedStaff(database.db);
  const categoryId = (await seedCategory(database.db)).id;
  const app = await buildApp({ services, clientDir: null, tileUrl: 'http://127.0.0.1:9/{z}/{x}/{y}.png' });
  const member = await signInCrewMember(database.db, staff);
  const crews = new Map<number, Promise<Crew>>();
  return {
    database,
    services,
    staff,
    categoryId,
    app,
    /** The test's crew member, moved into a new, empty crew named `key` (once per key). */
    crew: (key: number) => {
      if (!crews.has(key)) crews.set(key, moveToNewCrew(database.db, staff, member, key));
      return crews.get(key)!;
    },
    dispatcher: () => callerFor(services, staff.dispatcher),
    crewCaller: (crew: Crew) => callerFor(services, crew.user),
    /** `fetch` onto the in-process Fastify app, with a session cookie (or none). */
    injectFetch: (cookie: string | null): typeof fetch => async (input, init = {}) => {
      const body = init.body;
      const payload = body instanceof Blob ? Buffer.from(await body.arrayBuffer()) : body instanceof ArrayBuffer ? Buffer.from(body) : undefined;
      const headers = { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) };
      const response = await app.inject({ method: (init.method ?? 'GET') as 'GET' | 'PUT', url: String(input), headers, payload });
      return new Response(new Uint8Array(response.rawPayload), { status: response.statusCode });
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

type Db = Awaited<ReturnType<typeof createTestDatabase>>['db'];
type Staff = Awaited<ReturnType<typeof seedStaff>>;

/** One crew member signed in once (sign-in hashes a password, which is slow on purpose). */
async function signInCrewMember(db: Db, staff: Staff) {
  const { users } = db._.fullSchema;
  const template = await db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, staff.crewUserA.id) });
  const email = 'jepsen@test.example';
  await db.insert(users).values({ email, name: 'Jepsen crew member', role: 'crew', crewId: staff.crewA.id, passwordHash: template!.passwordHash });
  const cookies: { token: string | null } = { token: null };
  const user = await callerFor(testServices(db), null, {}, cookies).auth.signIn({ email, password: testPassword });
  return { user, cookie: `ks_session=${cookies.token}` };
}

/** The member joins a new, empty crew: its full pull holds only this block's jobs. */
async function moveToNewCrew(db: Db, staff: Staff, member: { user: SessionUser; cookie: string }, key: number): Promise<Crew> {
  const { crews } = db._.fullSchema;
  const [crew] = await db.insert(crews).values({ name: `Jepsen ${key}`, service: 'highways', depotId: staff.depot.id }).returning();
  // Both ids come from the database; the client package has no drizzle-orm for `eq`.
  await db.execute(`update users set crew_id = '${crew!.id}' where id = '${member.user.id}'`);
  return { user: { ...member.user, crewId: crew!.id }, crewId: crew!.id, cookie: member.cookie };
}
