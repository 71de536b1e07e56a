// Which map tiles to fetch ahead around a job, as the URLs Leaflet itself would ask for, so the
// service worker's tile cache answers the map when there is no signal.

export interface TileCoord {
  z: number;
  x: number;
  y: number;
}

/** Street zooms a crew uses to find a spot; a 3×3 block at each covers a few streets around it. */
export const prefetchZooms = [15, 16, 17] as const;

/** The Web Mercator tile holding a point (the "slippy map" scheme Leaflet uses). */
export function tileOf(lat: number, lng: number, z: number): TileCoord {
  const n = 2 ** z;
  const clampedLat = Math.max(-85.0511, Math.min(85.0511, lat));
  const rad = (clampedLat * Math.PI) / 180;
  const x = Math.floor(((lng + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { z, x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

export function tilesAround(lat: number, lng: number, zooms: readonly number[] = prefetchZooms, radius = 1): TileCoord[] {
  const tiles: TileCoord[] = [];
  for (const z of zooms) {
    const centre = tileOf(lat, lng, z);
    const max = 2 ** z - 1;
    for (let dy = -radius; dy <= radius; dy++) {
      for (let dx = -radius; dx <= radius; dx++) {
        const x = centre.x + dx;
        const y = centre.y + dy;
        if (x >= 0 && y >= 0 && x <= max && y <= max) tiles.push({ z, x, y });
      }
    }
  }
  return tiles;
}

/** Fills a Leaflet URL template; `{s}` is chosen exactly as Leaflet's TileLayer chooses it. */
export function tileUrl(template: string, { z, x, y }: TileCoord, subdomains = 'abc'): string {
  const sub = subdomains[Math.abs(x + y) % subdomains.length] ?? '';
  return template
    .replace(/\{s\}/g, sub)
    .replace(/\{z\}/g, String(z))
    .replace(/\{x\}/g, String(x))
    .replace(/\{y\}/g, String(y))
    .replace(/\{r\}/g, '');
}

/**
 * OpenStreetMap's public tile servers forbid fetching ahead (their tile usage policy); a council
 * that fetches ahead runs or buys its own tile source. Tiles the map has shown are still cached.
 */
export function mayFetchAhead(template: string): boolean {
  try {
    const host = new URL(template.replace(/\{[a-z]+\}/gi, '0'), 'http://relative.invalid').hostname;
    return !/(^|\.)openstreetmap\.(org|fr)$/.test(host);
  } catch {
    return false;
  }
}

/** Every tile URL around the given places, each once, the first places first, at most `cap`. */
export function tileUrlsAround(template: string, places: readonly { lat: number; lng: number }[], cap = 600): string[] {
  const urls = new Set<string>();
  for (const { lat, lng } of places) {
    for (const tile of tilesAround(lat, lng)) {
      if (urls.size >= cap) return [...urls];
      urls.add(tileUrl(template, tile));
    }
  }
  return [...urls];
}
