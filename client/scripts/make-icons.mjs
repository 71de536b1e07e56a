// Draws the crew app's home-screen icons: a yellow "K" on the header's near-black, as PNGs made
// with node built-ins only (no image library to install for three flat images).
// Run: node client/scripts/make-icons.mjs — then commit client/public/icons/*.png.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const background = [0x0b, 0x0c, 0x0c];
const glyph = [0xff, 0xdd, 0x00];
const outDir = new URL('../public/icons/', import.meta.url);

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixel) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3); // each row starts with filter byte 0
    for (let x = 0; x < size; x++) rows.set(pixel(x + 0.5, y + 0.5), row + 1 + x * 3);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** A "K" of three strokes in a unit box; `scale` is the share of the icon it fills. */
function kIcon(size, scale) {
  const box = size * scale;
  const origin = (size - box) / 2;
  const at = ([u, v]) => [origin + u * box, origin + v * box];
  const strokes = [
    [at([0.22, 0.05]), at([0.22, 0.95])],
    [at([0.8, 0.05]), at([0.3, 0.52])],
    [at([0.4, 0.45]), at([0.82, 0.95])],
  ];
  const half = box * 0.09;
  return png(size, (x, y) => (strokes.some(([a, b]) => distanceToSegment(x, y, a, b) <= half) ? glyph : background));
}

mkdirSync(outDir, { recursive: true });
const icons = {
  'icon-192.png': kIcon(192, 0.62),
  'icon-512.png': kIcon(512, 0.62),
  // Maskable: launchers crop to a circle or squircle, so the glyph keeps to the central safe zone.
  'icon-maskable-512.png': kIcon(512, 0.46),
  'apple-touch-icon.png': kIcon(180, 0.62),
};
for (const [name, bytes] of Object.entries(icons)) writeFileSync(new URL(name, outDir), bytes);
console.log(`Wrote ${Object.keys(icons).join(', ')} to ${outDir.pathname}`);
