import { describe, expect, it } from 'vitest';
import type { ConsoleDataV1 } from '@kerbside/shared';
import { areaOf, areasOf, decodeConsoleData, earliestDue, filterCases, noFilters, oneJobProblem, slaCounts } from './console-cases';

const now = new Date('2026-12-01T10:00:00Z');
const hour = 3_600_000;

const data: ConsoleDataV1 = {
  version: 'v',
  categories: [
    { code: 'HW-POTHOLE', name: 'Pothole', service: 'highways', defaultPriority: 'normal' },
    { code: 'WS-MISSED', name: 'Missed bin', service: 'waste', defaultPriority: 'high' },
  ],
  crews: [{ id: 'c1', name: 'Highways 1', service: 'highways' }],
  cases: JSON.stringify([
    ['a', 'KS-2026-000001', 51.36, -0.19, 0, 0, now.getTime() - hour, '1 High Street, Sutton SM1', -1],
    ['b', 'KS-2026-000002', 51.37, -0.18, 0, 1, now.getTime() + 2 * hour, '2 Cheam Road, Sutton SM2 5AB', 0],
    ['c', 'KS-2026-000003', 51.38, -0.17, 1, 0, now.getTime() + 48 * hour, 'Wrythe Lane, Carshalton', -1],
  ]),
};
const cases = decodeConsoleData(data);

describe('decodeConsoleData', () => {
  it('sorts the cases soonest due first', () => {
    const shuffled = { ...data, cases: JSON.stringify([...JSON.parse(data.cases)].reverse()) };
    expect(decodeConsoleData(shuffled).map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('turns tuples into cases with their category, status, area and crew', () => {
    expect(cases[1]).toEqual({
      id: 'b',
      reference: 'KS-2026-000002',
      lat: 51.37,
      lng: -0.18,
      categoryCode: 'HW-POTHOLE',
      categoryName: 'Pothole',
      service: 'highways',
      defaultPriority: 'normal',
      status: 'in_progress',
      slaDueAt: now.getTime() + 2 * hour,
      address: '2 Cheam Road, Sutton SM2 5AB',
      area: 'SM2',
      crewName: 'Highways 1',
    });
    expect(cases[0]!.crewName).toBeNull();
  });
});

describe('areaOf', () => {
  it('takes the postcode district, or the last part of the address', () => {
    expect(areaOf('1 High Street, Sutton SM1')).toBe('SM1');
    expect(areaOf('Flat 2, 9 Elm Road, London sw19 1aa')).toBe('SW19');
    expect(areaOf('Wrythe Lane, Carshalton')).toBe('Carshalton');
    expect(areaOf('')).toBe('Unknown');
  });

  it('lists each area once, in order', () => {
    expect(areasOf(cases)).toEqual(['Carshalton', 'SM1', 'SM2']);
  });
});

describe('filterCases', () => {
  it('filters by service, category, status, area and SLA state, keeping the order', () => {
    const ids = (f: Partial<typeof noFilters>) => filterCases(cases, { ...noFilters, ...f }, now).map((c) => c.id);
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids({ service: 'waste' })).toEqual(['c']);
    expect(ids({ category: 'HW-POTHOLE' })).toEqual(['a', 'b']);
    expect(ids({ status: 'in_progress' })).toEqual(['b']);
    expect(ids({ area: 'SM1' })).toEqual(['a']);
    expect(ids({ sla: 'overdue' })).toEqual(['a']);
    expect(ids({ sla: 'due_soon' })).toEqual(['b']);
    expect(ids({ service: 'highways', sla: 'on_time' })).toEqual([]);
  });
});

describe('slaCounts', () => {
  it('counts overdue, due soon and on time by the SLA clock', () => {
    expect(slaCounts(cases, now)).toEqual({ overdue: 1, due_soon: 1, on_time: 1 });
    // Two hours on, the second case is overdue too.
    expect(slaCounts(cases, new Date(now.getTime() + 3 * hour))).toEqual({ overdue: 2, due_soon: 0, on_time: 1 });
  });
});

describe('oneJobProblem', () => {
  it('allows one job only for cases of one category that no crew holds', () => {
    expect(oneJobProblem([cases[0]!])).toBeNull();
    expect(oneJobProblem([cases[0]!, cases[2]!])).toMatch(/same category/);
    expect(oneJobProblem([cases[0]!, cases[1]!])).toMatch(/KS-2026-000002 already has a job with Highways 1/);
    expect(oneJobProblem([])).toMatch(/at least one/);
  });

  it('defaults the due time to the earliest SLA due', () => {
    expect(earliestDue(cases)).toBe(now.getTime() - hour);
  });
});
