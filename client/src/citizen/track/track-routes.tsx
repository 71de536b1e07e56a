import type { RouteObject } from 'react-router';

// Loaded when a citizen follows a link, not by staff or crews.
const lookup = async () => ({ Component: (await import('./track-lookup-page')).TrackLookupPage });
const trackCase = async () => ({ Component: (await import('./track-case-page')).TrackCasePage });

/** Following a report: the link from the citizen's notice, or the reference plus contact details. */
export const trackRoutes: RouteObject[] = [
  { path: '/track', lazy: lookup },
  { path: '/track/:reference', lazy: trackCase },
];
