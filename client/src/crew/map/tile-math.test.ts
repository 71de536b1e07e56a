import { describe, expect, it } from 'vitest';
import { mayFetchAhead, tileOf, tilesAround, tileUrl, tileUrlsAround } from './tile-math';

describe('tile maths', () => {
  it('finds the slippy-map tile of a point', () => {
    // Sutton town centre at zoom 15, checked against the OSM wiki's asinh form of the formula.
    expect(tileOf(51.3618, -0.1945, 15)).toEqual({ z: 15, x: 16366, y: 10917 });
    expect(tileOf(0, 0, 1)).toEqual({ z: 1, x: 1, y: 1 });
    expect(tileOf(85.1, -180, 2)).toEqual({ z: 2, x: 0, y: 0 });
  });

  it('takes a 3×3 block at each street zoom', () => {
    const tiles = tilesAround(51.3618, -0.1945);
    expect(tiles).toHaveLength(27);
    expect(new Set(tiles.map((t) => t.z))).toEqual(new Set([15, 16, 17]));
    expect(tiles.filter((t) => t.z === 15).map((t) => t.x)).toEqual([16365, 16366, 16367, 16365, 16366, 16367, 16365, 16366, 16367]);
  });

  it('fills the template the way Leaflet does, subdomain included', () => {
    expect(tileUrl('https://{s}.tiles.example/{z}/{x}/{y}{r}.png', { z: 15, x: 3, y: 4 })).toBe('https://b.tiles.example/15/3/4.png');
    expect(tileUrl('/tiles/{z}/{x}/{y}.png', { z: 1, x: 0, y: 1 })).toBe('/tiles/1/0/1.png');
  });

  it('never fetches ahead from the OpenStreetMap public servers', () => {
    expect(mayFetchAhead('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(false);
    expect(mayFetchAhead('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(false);
    expect(mayFetchAhead('http://127.0.0.1:4100/{z}/{x}/{y}.png')).toBe(true);
    expect(mayFetchAhead('/tiles/{z}/{x}/{y}.png')).toBe(true);
  });

  it('lists each tile once and stops at the cap', () => {
    const here = { lat: 51.3618, lng: -0.1945 };
    expect(tileUrlsAround('/t/{z}/{x}/{y}.png', [here, here])).toHaveLength(27);
    expect(tileUrlsAround('/t/{z}/{x}/{y}.png', [here, { lat: 51.5, lng: -0.1 }], 30)).toHaveLength(30);
  });
});
