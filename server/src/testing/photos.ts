import { createHash, randomUUID } from 'node:crypto';

/** A tiny but real JPEG header followed by distinguishing bytes: enough for type sniffing. */
export function fakeJpeg(seed: string): Uint8Array {
  const head = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01];
  return new Uint8Array([...head, ...Buffer.from(seed), 0xff, 0xd9]);
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function photoFor(jobId: string, seed: string, kind: 'before' | 'after' = 'after') {
  const bytes = fakeJpeg(seed);
  return { id: randomUUID(), jobId, kind, bytes, sha256: sha256Hex(bytes), width: 1600, height: 1200 };
}
