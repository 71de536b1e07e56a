import { useEffect, useState } from 'react';
import { refreshTileUrl, storedTileUrl } from './tile-config';

/** The tile URL kept on the phone at once, then the server's if it answers. */
export function useTileUrl(): string | null {
  const [url, setUrl] = useState(storedTileUrl);
  useEffect(() => {
    let current = true;
    void refreshTileUrl().then((fresh) => {
      if (current && fresh) setUrl(fresh);
    });
    return () => {
      current = false;
    };
  }, []);
  return url;
}
