// The council's tile URL comes from the server (GET /api/config) and is kept on the phone, so the
// map still knows where its tiles come from with no signal (the service worker holds the tiles).
import { readSetting, writeSetting } from '../shell/local-store';

const key = 'kerbside.tileUrl';

export function storedTileUrl(): string | null {
  return readSetting(key);
}

/** Asks the server; on any failure keeps (and returns) what the phone already had. */
export async function refreshTileUrl(): Promise<string | null> {
  try {
    const response = await fetch('/api/config', { credentials: 'same-origin' });
    if (!response.ok) return storedTileUrl();
    const body = (await response.json()) as { tileUrl?: unknown };
    if (typeof body.tileUrl !== 'string' || body.tileUrl === '') return storedTileUrl();
    writeSetting(key, body.tileUrl);
    return body.tileUrl;
  } catch {
    return storedTileUrl();
  }
}
