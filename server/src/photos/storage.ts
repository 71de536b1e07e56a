import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';

/** Where photo bytes live. Content-addressed by SHA-256, so storing the same bytes twice is harmless. */
export interface PhotoStorage {
  put(sha256: string, bytes: Uint8Array): Promise<string>;
  get(key: string): Promise<Buffer | null>;
}

export class DiskPhotoStorage implements PhotoStorage {
  constructor(private readonly root: string) {}

  private path(key: string) {
    if (!/^[a-z0-9/]+$/.test(key)) throw new Error('bad storage key');
    return join(this.root, key);
  }

  async put(sha256: string, bytes: Uint8Array): Promise<string> {
    const key = `${sha256.slice(0, 2)}/${sha256}`;
    const path = this.path(key);
    const exists = await stat(path).then(() => true, () => false);
    if (exists) return key;
    await mkdir(dirname(path), { recursive: true });
    // Write then rename: a crash never leaves half a photo under its final name.
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, path);
    return key;
  }

  async get(key: string): Promise<Buffer | null> {
    return readFile(this.path(key)).catch(() => null);
  }
}

/** For unit tests only. */
export class MemoryPhotoStorage implements PhotoStorage {
  readonly files = new Map<string, Buffer>();
  async put(sha256: string, bytes: Uint8Array) {
    this.files.set(sha256, Buffer.from(bytes));
    return sha256;
  }
  async get(key: string) {
    return this.files.get(key) ?? null;
  }
}
