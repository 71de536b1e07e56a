// Pins that would overlap are drawn as one "N jobs here" pin, so every pin on a phone screen can be
// hit with a gloved finger (and meets WCAG 2.2's target size) however the crew's jobs bunch up.
import Supercluster from 'supercluster';

export interface Place {
  id: string;
  lat: number;
  lng: number;
}

/** Pins are 48px across (a group pin 72px); anything nearer than this on screen becomes one pin. */
export const clusterRadiusPx = 64;
/** Above Leaflet's own limit (18), so pins never overlap at any zoom the map can show. */
const clusterMaxZoom = 19;

export type Pin =
  | { kind: 'job'; index: number; lat: number; lng: number }
  | { kind: 'group'; clusterId: number; count: number; lat: number; lng: number };

export type PinIndex = Supercluster<{ index: number }>;

export function pinIndex(places: readonly Place[]): PinIndex {
  const index: PinIndex = new Supercluster<{ index: number }>({
    radius: clusterRadiusPx,
    // Leaflet's tiles are 256px; with supercluster's default extent (512) the radius would be halved.
    extent: 256,
    maxZoom: clusterMaxZoom,
  });
  index.load(
    places.map((p, i) => ({ type: 'Feature', properties: { index: i }, geometry: { type: 'Point', coordinates: [p.lng, p.lat] } })),
  );
  return index;
}

/** The pins to draw for the map's view: [west, south, east, north] at `zoom`. */
export function pinsInView(index: PinIndex, bbox: [number, number, number, number], zoom: number): Pin[] {
  return index.getClusters(bbox, Math.round(zoom)).map((feature) => {
    const [lng = 0, lat = 0] = feature.geometry.coordinates;
    const props = feature.properties;
    return 'cluster' in props && props.cluster
      ? { kind: 'group', clusterId: props.cluster_id, count: props.point_count, lat, lng }
      : { kind: 'job', index: (props as { index: number }).index, lat, lng };
  });
}

/** The list positions of the jobs inside a group pin. */
export function jobsInGroup(index: PinIndex, clusterId: number): number[] {
  return index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties.index);
}
