import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { callerFor, createTestDatabase, seedCategory, seedStaff, testServices } from '../testing/index.js';
import { classifyQuery, normalisePhone } from './citizen-search.js';
import { highStreet } from './test-helpers.js';

let database: Database;
let staff: Awaited<ReturnType<typeof seedStaff>>;
const margaret = { kind: 'new' as const, name: 'Margaret Okafor', phone: '07700 900077', email: 'Margaret.Okafor@example.com', postalAddress: '42 Mulgrave Road, Sutton SM2', contactPreference: 'sms' as const };

beforeAll(async () => {
  database = await createTestDatabase();
  staff = await seedStaff(database.db);
  const category = await seedCategory(database.db);
  const agent = callerFor(testServices(database.db), staff.agent);
  const base = { channel: 'phone' as const, categoryId: category.id, location: highStreet, description: 'Pothole', answers: {} };
  const first = await agent.intake.logCase({ ...base, caller: margaret, location: { ...highStreet, address: '30 Mulgrave Road, Sutton SM2' } });
  const known = (await agent.intake.searchCitizens({ q: '07700 900077' }))[0]!;
  await agent.intake.logCase({ ...base, caller: { kind: 'known', citizenId: known.id }, description: 'Another pothole' });
  await agent.intake.logCase({ ...base, caller: { kind: 'known', citizenId: known.id }, channel: 'letter', description: 'A third' });
  await agent.intake.logContact({ caseId: first.caseId, citizenId: known.id, channel: 'phone', summary: 'Chased: when will it be fixed?' });
  await agent.intake.logCase({ ...base, caller: { kind: 'new', name: 'Tom 100%_Real', phone: '020 8770 5000', contactPreference: 'none' } });
});
afterAll(() => database.close());

const search = (q: string) => callerFor(testServices(database.db), staff.agent).intake.searchCitizens({ q });

describe('finding a citizen', () => {
  it('finds them by phone number however it is typed', async () => {
    for (const q of ['07700 900077', '07700900077', '+44 7700 900077', '+44 (0)7700-900077'.replace('(0)', ''), '900077']) {
      const found = await search(q);
      expect(found.map((c) => c.name), q).toEqual(['Margaret Okafor']);
    }
  });

  it('finds them by part of their name, any case', async () => {
    expect((await search('okaf')).map((c) => c.name)).toEqual(['Margaret Okafor']);
    expect((await search('MARGARET')).map((c) => c.name)).toEqual(['Margaret Okafor']);
  });

  it('treats % and _ as letters, not wildcards', async () => {
    expect((await search('100%_')).map((c) => c.name)).toEqual(['Tom 100%_Real']);
    expect(await search('o%r')).toEqual([]);
  });

  it('finds them by e-mail address, any case', async () => {
    expect((await search('margaret.okafor@EXAMPLE.com')).map((c) => c.name)).toEqual(['Margaret Okafor']);
  });

  it('finds them by their postal address or the address of a case they reported', async () => {
    expect((await search('42 Mulgrave')).map((c) => c.name)).toEqual(['Margaret Okafor']);
    expect((await search('30 Mulgrave')).map((c) => c.name)).toEqual(['Margaret Okafor']);
  });

  it('shows all their cases, newest first, and every contact with its channel', async () => {
    const [found] = await search('07700900077');
    expect(found!.cases).toHaveLength(3);
    expect(found!.cases.map((c) => c.reference)).toEqual([...found!.cases.map((c) => c.reference)].sort().reverse());
    expect(found!.cases[0]).toMatchObject({ categoryName: 'Pothole', status: 'open', channel: 'letter' });
    expect(found!.contacts.map((c) => c.channel).sort()).toEqual(['letter', 'phone', 'phone', 'phone']);
    expect(found!.contacts.map((c) => c.summary)).toContain('Chased: when will it be fixed?');
    expect(found!).not.toHaveProperty('trackingToken');
  });

  it('shows each case timeline on demand', async () => {
    const [found] = await search('07700900077');
    const oldest = found!.cases.at(-1)!;
    const detail = await callerFor(testServices(database.db), staff.agent).cases.get({ caseId: oldest.id });
    expect(detail.timeline.map((e) => e.kind)).toEqual(['contact', 'contact']);
  });

  it('answers an unknown caller with no results, and a too-short search with a field error', async () => {
    expect(await search('Nobody Atall')).toEqual([]);
    await expect(search('a')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('is for agents only', async () => {
    await expect(callerFor(testServices(database.db), staff.crewUserA).intake.searchCitizens({ q: 'Margaret' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(callerFor(testServices(database.db), null).intake.searchCitizens({ q: 'Margaret' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('reading what the agent typed', () => {
  it('normalises UK phone numbers to digits starting 0', () => {
    expect(normalisePhone('+44 7700 900077')).toBe('07700900077');
    expect(normalisePhone('0044 7700 900077')).toBe('07700900077');
    expect(normalisePhone('(020) 8770-5000')).toBe('02087705000');
  });

  it('tells e-mail, phone and words apart', () => {
    expect(classifyQuery(' A@B.com ')).toEqual({ kind: 'email', value: 'a@b.com' });
    expect(classifyQuery('07700 900077')).toEqual({ kind: 'phone', value: '07700900077' });
    expect(classifyQuery('42 Mulgrave Road').kind).toBe('text');
    expect(classifyQuery('1234').kind).toBe('text');
  });
});

describe('one citizen by id', () => {
  it('gives the same history as the search, and NOT_FOUND for an unknown id', async () => {
    const agent = callerFor(testServices(database.db), staff.agent);
    const [found] = await agent.intake.searchCitizens({ q: 'Margaret' });
    expect(await agent.intake.citizen({ citizenId: found!.id })).toEqual(found);
    await expect(agent.intake.citizen({ citizenId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
