// Where things are: the council's streets, for address search and for naming a map pin.
// The demo streets stand in for a real gazetteer (a council would load its LLPG/NLPG extract).
import type { AddressMatch } from '@kerbside/shared';
import { demoStreets, suttonBounds } from '../seed/demo-places.js';

const streets = demoStreets.map((s) => ({
  label: `${s.street}, ${s.town} ${s.postcode}`,
  postcode: s.postcode.toLowerCase(),
  lat: s.lat,
  lng: s.lng,
}));

/** A little beyond the borough, so a pin on a boundary road is still accepted. */
const margin = 0.02;
export const serviceArea = {
  south: suttonBounds.south - margin,
  north: suttonBounds.north + margin,
  west: suttonBounds.west - margin,
  east: suttonBounds.east + margin,
};

export function insideServiceArea(lat: number, lng: number): boolean {
  return lat >= serviceArea.south && lat <= serviceArea.north && lng >= serviceArea.west && lng <= serviceArea.east;
}

// A full UK postcode: only its outward code (SM1) is in the gazetteer.
const fullPostcode = /^([a-z]{1,2}\d[a-z\d]?)\s*\d[a-z]{2}$/i;

/** Streets whose label holds every word of the query, or whose postcode district it names. */
export function searchStreets(query: string, limit = 10): AddressMatch[] {
  const q = query.trim().toLowerCase();
  const outward = fullPostcode.exec(q)?.[1]?.toLowerCase();
  const words = q.split(/[\s,]+/).filter(Boolean);
  return streets
    .filter((s) => (outward ? s.postcode === outward : words.every((w) => s.label.toLowerCase().includes(w))))
    .slice(0, limit)
    .map(({ label, lat, lng }) => ({ label, lat, lng }));
}

/** Great-circle distance in metres. */
export function distanceM(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** A name for a map pin: "Near High Street, Sutton SM1". */
export function nearestStreetLabel(lat: number, lng: number): string {
  let best = streets[0]!;
  for (const s of streets) if (distanceM({ lat, lng }, s) < distanceM({ lat, lng }, best)) best = s;
  return `Near ${best.label}`;
}
