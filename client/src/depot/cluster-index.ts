// The map's clusters. The index is built once per change of the list (or of the minute, as SLA
// states turn over) and asked for the clusters in view on every pan and zoom, which is cheap.
import Supercluster from 'supercluster';
import type { SlaState } from '@kerbside/shared';
import { stateOf, type ConsoleCase, type SlaCounts } from './console-cases';

export interface CasePoint {
  id: string;
  reference: string;
  categoryName: string;
  state: SlaState;
}

export type ClusterIndex = Supercluster<CasePoint, SlaCounts>;

/**
 * Clusters stop a little above street level: past it every case is drawn on its own. Each level
 * costs a pass over the cases when the index is built, and the top levels (where few cases merge)
 * cost the most, so the range is kept to what a borough map needs.
 */
export const clusterMaxZoom = 15;
export const clusterMinZoom = 9;

export function buildClusterIndex(cases: readonly ConsoleCase[], now: Date): ClusterIndex {
  const index: ClusterIndex = new Supercluster<CasePoint, SlaCounts>({
    radius: 60,
    minZoom: clusterMinZoom,
    maxZoom: clusterMaxZoom,
    map: (p) => ({ overdue: p.state === 'overdue' ? 1 : 0, due_soon: p.state === 'due_soon' ? 1 : 0, on_time: p.state === 'on_time' ? 1 : 0 }),
    reduce: (into, p) => {
      into.overdue += p.overdue;
      into.due_soon += p.due_soon;
      into.on_time += p.on_time;
    },
  });
  index.load(
    cases.map((c) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [c.lng, c.lat] },
      properties: { id: c.id, reference: c.reference, categoryName: c.categoryName, state: stateOf(c, now) },
    })),
  );
  return index;
}

export type MapItem =
  /** `zoomTo`: the zoom at which the cluster breaks apart, for a click to go straight there. */
  | { kind: 'cluster'; key: string; lat: number; lng: number; counts: SlaCounts; zoomTo: number }
  | { kind: 'case'; key: string; lat: number; lng: number; point: CasePoint };

export type Bbox = [west: number, south: number, east: number, north: number];

/** What to draw for a view: clusters with their SLA counts, and single cases. */
export function itemsInView(index: ClusterIndex, bbox: Bbox, zoom: number): MapItem[] {
  return index.getClusters(bbox, Math.round(zoom)).map((f): MapItem => {
    const [lng, lat] = f.geometry.coordinates as [number, number];
    const p = f.properties;
    if ('cluster' in p && p.cluster) {
      const counts = { overdue: p.overdue, due_soon: p.due_soon, on_time: p.on_time };
      const zoomTo = Math.min(index.getClusterExpansionZoom(p.cluster_id), clusterMaxZoom + 1);
      return { kind: 'cluster', key: `cluster-${p.cluster_id}`, lat, lng, counts, zoomTo };
    }
    const point = p as CasePoint;
    return { kind: 'case', key: point.id, lat, lng, point };
  });
}

/** The bounds that hold every case, as [south, west, north, east], or null for none. */
export function boundsOf(cases: readonly ConsoleCase[]): [number, number, number, number] | null {
  if (cases.length === 0) return null;
  let [s, w, n, e] = [90, 180, -90, -180];
  for (const c of cases) {
    s = Math.min(s, c.lat);
    n = Math.max(n, c.lat);
    w = Math.min(w, c.lng);
    e = Math.max(e, c.lng);
  }
  return [s, w, n, e];
}
