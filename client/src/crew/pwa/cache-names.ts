// The service worker's runtime caches (vite.config.ts). The page opens the tile cache too, to skip
// tiles it already holds when fetching ahead around the crew's jobs.
export const tileCacheName = 'kerbside-tiles';
export const photoCacheName = 'kerbside-case-photos';
