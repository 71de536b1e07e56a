// Phone cameras take 12–50 MP photos; a crew's evidence needs about 1600 px on the long edge. Doing
// it here keeps uploads small on patchy signal and leaves room on the phone for the outbox.

export const longEdgePx = 1600;
export const jpegQuality = 0.8;

export interface Size {
  width: number;
  height: number;
}

/** The size to draw at: the long edge at most `maxEdge`, the shape kept, never made larger. */
export function fitWithin({ width, height }: Size, maxEdge = longEdgePx): Size {
  if (!(width > 0 && height > 0)) throw new RangeError('The photo has no size');
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export interface DownscaledPhoto extends Size {
  blob: Blob;
}

/**
 * Decodes the camera file upright (its EXIF orientation applied, so a portrait photo is not
 * stored on its side) and re-encodes it as JPEG. The re-encode also drops EXIF, GPS included.
 */
export async function downscalePhoto(file: Blob): Promise<DownscaledPhoto> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const size = fitWithin(bitmap);
    return { ...size, blob: await encodeJpeg(bitmap, size) };
  } finally {
    bitmap.close();
  }
}

type Context2d = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function draw(context: Context2d | null, bitmap: ImageBitmap, { width, height }: Size) {
  if (!context) throw new Error('This phone cannot resize photos');
  context.fillStyle = '#ffffff'; // JPEG has no transparency: a transparent PNG would turn black
  context.fillRect(0, 0, width, height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
}

async function encodeJpeg(bitmap: ImageBitmap, size: Size): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(size.width, size.height);
    draw(canvas.getContext('2d'), bitmap, size);
    return canvas.convertToBlob({ type: 'image/jpeg', quality: jpegQuality });
  }
  // Older Safari: no OffscreenCanvas, so an ordinary canvas that is never attached to the page.
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  draw(canvas.getContext('2d'), bitmap, size);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The photo could not be saved'))), 'image/jpeg', jpegQuality);
  });
}
