import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionLifetimeMs } from '@kerbside/shared';
import { fixedClock } from '../clock.js';
import type { Database } from '../db/client.js';
import { callerFor, createTestDatabase, seedStaff, testPassword, testServices } from '../testing/index.js';
import { findSessionUser } from './sessions.js';
import { hashPassword, verifyPassword } from './password.js';
import { SignInLimiter } from './sign-in-limiter.js';
import { wrongCredentials } from './sign-in.js';

let database: Database;
let staff: Awaited<ReturnType<typeof seedStaff>>;

beforeAll(async () => {
  database = await createTestDatabase();
  staff = await seedStaff(database.db);
});
afterAll(() => database.close());

describe('passwords', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('s3cret pass');
    expect(hash.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('s3cret pass', hash)).toBe(true);
    expect(await verifyPassword('s3cret pasS', hash)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });
});

describe('sign-in', () => {
  it('signs in, sets a session that finds the user, and never returns the hash', async () => {
    const clock = fixedClock(new Date('2026-12-01T09:00:00Z'));
    const jar = { token: null as string | null };
    const caller = callerFor(testServices(database.db, clock), null, {}, jar);
    const user = await caller.auth.signIn({ email: ' Crew.A@test.example ', password: testPassword });
    expect(user).toEqual(staff.crewUserA);
    expect(JSON.stringify(user)).not.toContain('scrypt');
    const token = jar.token!;
    expect(await findSessionUser(database.db, token, clock.now())).toEqual(staff.crewUserA);
  });

  it('gives one message whether the e-mail or the password is wrong', async () => {
    const caller = callerFor(testServices(database.db), null);
    await expect(caller.auth.signIn({ email: 'agent@test.example', password: 'nope' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: wrongCredentials,
    });
    await expect(caller.auth.signIn({ email: 'nobody@test.example', password: testPassword })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: wrongCredentials,
    });
  });

  it('expires crew sessions after a working week and staff sessions after a working day', async () => {
    const clock = fixedClock(new Date('2026-12-01T08:00:00Z'));
    const services = testServices(database.db, clock);
    const crewJar = { token: null as string | null };
    const agentJar = { token: null as string | null };
    const crew = callerFor(services, null, {}, crewJar);
    const agent = callerFor(services, null, {}, agentJar);
    await crew.auth.signIn({ email: 'crew.b@test.example', password: testPassword });
    await agent.auth.signIn({ email: 'agent@test.example', password: testPassword });

    clock.advance(sessionLifetimeMs.staff + 1);
    expect(await findSessionUser(database.db, agentJar.token!, clock.now())).toBeNull();
    expect(await findSessionUser(database.db, crewJar.token!, clock.now())).not.toBeNull();
    clock.set(new Date(new Date('2026-12-01T08:00:00Z').getTime() + sessionLifetimeMs.crew + 1));
    expect(await findSessionUser(database.db, crewJar.token!, clock.now())).toBeNull();
  });

  it('signing out ends the session', async () => {
    const services = testServices(database.db);
    const jar = { token: null as string | null };
    const caller = callerFor(services, null, {}, jar);
    await caller.auth.signIn({ email: 'dispatcher@test.example', password: testPassword });
    const token = jar.token!;
    const signedIn = callerFor(services, staff.dispatcher, { sessionToken: token });
    await signedIn.auth.signOut();
    expect(await findSessionUser(database.db, token, services.clock.now())).toBeNull();
  });

  it('limits attempts per account, even with the right password after too many failures', async () => {
    const services = { ...testServices(database.db), limiter: new SignInLimiter() };
    const caller = callerFor(services, null);
    for (let i = 0; i < 5; i++) {
      await expect(caller.auth.signIn({ email: 'admin@test.example', password: 'guess' + i })).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      });
    }
    await expect(caller.auth.signIn({ email: 'admin@test.example', password: testPassword })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
  });

  it('limits attempts per address across accounts', async () => {
    const limiter = new SignInLimiter({
      perAddress: { max: 3, windowMs: 60_000 },
      perAccount: { max: 100, windowMs: 60_000 },
    });
    const caller = callerFor({ ...testServices(database.db), limiter }, null);
    for (const name of ['a', 'b', 'c']) {
      await expect(caller.auth.signIn({ email: `${name}@test.example`, password: 'x' })).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      });
    }
    await expect(caller.auth.signIn({ email: 'd@test.example', password: 'x' })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
  });
});
