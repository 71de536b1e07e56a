import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { callerFor, createTestDatabase, seedCategory, seedStaff, testServices } from '../testing/index.js';
import { insideServiceArea, nearestStreetLabel, searchStreets } from './gazetteer.js';
import { ada } from './test-helpers.js';

let database: Database;
let staff: Awaited<ReturnType<typeof seedStaff>>;

beforeAll(async () => {
  database = await createTestDatabase();
  staff = await seedStaff(database.db);
  const category = await seedCategory(database.db);
  await callerFor(testServices(database.db), staff.agent).intake.logCase({
    caller: ada,
    channel: 'phone',
    categoryId: category.id,
    location: { lat: 51.3585, lng: -0.1905, address: '42 Mulgrave Road, Sutton SM2 6LP' },
    description: 'Pothole',
  });
});
afterAll(() => database.close());

describe('address search', () => {
  it('finds streets by name, by words in any order, and by postcode district', () => {
    expect(searchStreets('mulgrave').map((s) => s.label)).toEqual(['Mulgrave Road, Sutton SM2']);
    expect(searchStreets('sutton high').map((s) => s.label)).toEqual(['High Street, Sutton SM1']);
    expect(searchStreets('SM5 2HW').every((s) => s.label.endsWith('SM5'))).toBe(true);
    expect(searchStreets('SM5 2HW').length).toBeGreaterThan(3);
    expect(searchStreets('Nowhere Lane')).toEqual([]);
  });

  it('shows addresses already on cases to staff only', async () => {
    const anyone = await callerFor(testServices(database.db), null).intake.searchAddresses({ q: '42 Mulgrave' });
    expect(anyone).toEqual([]);
    const agent = await callerFor(testServices(database.db), staff.agent).intake.searchAddresses({ q: '42 Mulgrave' });
    expect(agent).toEqual([{ label: '42 Mulgrave Road, Sutton SM2 6LP', lat: 51.3585, lng: -0.1905 }]);
  });

  it('names a map pin after the nearest street', async () => {
    expect(nearestStreetLabel(51.3641, -0.1926)).toBe('Near High Street, Sutton SM1');
    const named = await callerFor(testServices(database.db), null).intake.nearestAddress({ lat: 51.3641, lng: -0.1926 });
    expect(named).toEqual({ label: 'Near High Street, Sutton SM1' });
  });

  it('knows where the borough is', () => {
    expect(insideServiceArea(51.364, -0.1925)).toBe(true);
    expect(insideServiceArea(51.5074, -0.1278)).toBe(false);
  });
});

describe('address search without repeats', () => {
  it('lists a case address that is just the street once', async () => {
    const category = await seedCategory(database.db, { code: 'HW-REPEAT' });
    const agent = callerFor(testServices(database.db), staff.agent);
    await agent.intake.logCase({ caller: ada, channel: 'phone', categoryId: category.id, location: { lat: 51.3585, lng: -0.1905, address: 'Mulgrave Road, Sutton SM2' }, description: 'Pothole' });
    const labels = (await agent.intake.searchAddresses({ q: 'Mulgrave' })).map((a) => a.label);
    expect(labels).toEqual(['Mulgrave Road, Sutton SM2', '42 Mulgrave Road, Sutton SM2 6LP']);
  });
});
