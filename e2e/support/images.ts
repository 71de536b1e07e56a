import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

const dir = mkdtempSync(join(tmpdir(), 'kerbside-e2e-photos-'));

/** A real JPEG, as a phone camera would give, with GPS in its EXIF so stripping can be checked. */
export async function cameraPhoto(name: string, shade: number, size = { width: 2400, height: 1800 }): Promise<string> {
  const bytes = await sharp({
    create: { ...size, channels: 3, background: { r: shade, g: 120, b: 255 - shade }, noise: { type: 'gaussian', mean: shade, sigma: 20 } },
  })
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Make: 'KerbsideTestCam', Model: 'E2E' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 21/1 4200/100', GPSLongitudeRef: 'W', GPSLongitude: '0/1 11/1 4000/100' } })
    .toBuffer();
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}
