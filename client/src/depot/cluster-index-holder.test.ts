import { describe, expect, it } from 'vitest';
import type { ConsoleDataV1 } from '@kerbside/shared';
import { clusterIndexHolder } from './cluster-index-holder';
import { noFilters } from './console-cases';

const now = Date.parse('2026-12-01T10:00:00Z');
const data = (version: string, count: number): ConsoleDataV1 => ({
  version,
  categories: [
    { code: 'HW-POTHOLE', name: 'Pothole', service: 'highways', defaultPriority: 'normal' },
    { code: 'WS-MISSED', name: 'Missed bin', service: 'waste', defaultPriority: 'high' },
  ],
  crews: [],
  cases: JSON.stringify(Array.from({ length: count }, (_, i) => [`id-${i}`, `KS-2026-${i}`, 51.36 + i / 10_000, -0.19, i % 2, 0, now + (i % 3 === 0 ? -1 : 1) * 3_600_000 * 24, `${i} High St`, -1])),
});
const sutton = [-0.3, 51.3, 0, 51.5] as [number, number, number, number];
const total = (items: ReturnType<ReturnType<typeof clusterIndexHolder>> ) =>
  (items?.items ?? []).reduce((n, item) => n + (item.kind === 'cluster' ? item.counts.overdue + item.counts.due_soon + item.counts.on_time : 1), 0);

describe('the cluster index holder (run by the worker)', () => {
  it('answers views from the last load, keeping the list when only the filters change', () => {
    const answer = clusterIndexHolder();
    expect(answer({ type: 'view', id: 1, bbox: sutton, zoom: 12 })).toEqual({ id: 1, items: [] });
    expect(answer({ type: 'load', data: data('v1', 300), filters: noFilters, now })).toBeNull();
    expect(total(answer({ type: 'view', id: 2, bbox: sutton, zoom: 12 }))).toBe(300);
    answer({ type: 'load', filters: { ...noFilters, service: 'waste' }, now });
    expect(total(answer({ type: 'view', id: 3, bbox: sutton, zoom: 12 }))).toBe(150);
    answer({ type: 'load', data: data('v2', 10), filters: noFilters, now });
    expect(total(answer({ type: 'view', id: 4, bbox: sutton, zoom: 12 }))).toBe(10);
  });

  it('gives each cluster the zoom at which it breaks apart', () => {
    const answer = clusterIndexHolder();
    answer({ type: 'load', data: data('v1', 300), filters: noFilters, now });
    const reply = answer({ type: 'view', id: 1, bbox: sutton, zoom: 10 })!;
    const cluster = reply.items.find((i) => i.kind === 'cluster');
    expect(cluster && cluster.kind === 'cluster' && cluster.zoomTo).toBeGreaterThan(10);
  });
});
