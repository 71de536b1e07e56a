import { describe, expect, it } from 'vitest';
import { boundsOf, buildClusterIndex, itemsInView } from './cluster-index';
import type { ConsoleCase } from './console-cases';

const now = new Date('2026-12-01T10:00:00Z');
const hour = 3_600_000;

function fakeCase(i: number, dueIn: number, lat = 51.36 + (i % 100) / 1000, lng = -0.19 + Math.floor(i / 100) / 1000): ConsoleCase {
  return {
    id: `case-${i}`,
    reference: `KS-2026-${String(i).padStart(6, '0')}`,
    lat,
    lng,
    categoryCode: 'HW-POTHOLE',
    categoryName: 'Pothole',
    service: 'highways',
    defaultPriority: 'normal',
    status: 'open',
    slaDueAt: now.getTime() + dueIn,
    address: `${i} High Street, Sutton SM1`,
    area: 'SM1',
    crewName: null,
  };
}

const sutton: [number, number, number, number] = [-0.3, 51.3, 0, 51.5];

describe('the cluster index', () => {
  it('gathers 10,000 cases into a few clusters whose SLA counts add up', () => {
    const cases = Array.from({ length: 10_000 }, (_, i) => fakeCase(i, i % 10 === 0 ? -hour : i % 10 === 1 ? hour : 48 * hour));
    const index = buildClusterIndex(cases, now);
    const items = itemsInView(index, sutton, 12);
    expect(items.length).toBeLessThan(200);
    const totals = { overdue: 0, due_soon: 0, on_time: 0 };
    for (const item of items) {
      if (item.kind === 'cluster') for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += item.counts[k];
      else totals[item.point.state]++;
    }
    expect(totals).toEqual({ overdue: 1000, due_soon: 1000, on_time: 8000 });
  });

  it('draws each case on its own once zoomed in, with its SLA state', () => {
    const index = buildClusterIndex([fakeCase(1, -hour, 51.36, -0.19), fakeCase(2, hour, 51.37, -0.17)], now);
    const items = itemsInView(index, sutton, 16);
    expect(items.map((i) => (i.kind === 'case' ? [i.point.reference, i.point.state] : i.kind))).toEqual(
      expect.arrayContaining([
        ['KS-2026-000001', 'overdue'],
        ['KS-2026-000002', 'due_soon'],
      ]),
    );
    expect(itemsInView(index, sutton, 3)).toMatchObject([{ kind: 'cluster', counts: { overdue: 1, due_soon: 1, on_time: 0 } }]);
  });

  it('finds the bounds that hold every case', () => {
    expect(boundsOf([fakeCase(1, 0, 51.3, -0.2), fakeCase(2, 0, 51.4, -0.1)])).toEqual([51.3, -0.2, 51.4, -0.1]);
    expect(boundsOf([])).toBeNull();
  });
});
