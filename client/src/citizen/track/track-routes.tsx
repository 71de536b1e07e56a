import type { RouteObject } from 'react-router';
import { TrackCasePage } from './track-case-page';
import { TrackLookupPage } from './track-lookup-page';

/** Following a report: the link from the citizen's notice, or the reference plus contact details. */
export const trackRoutes: RouteObject[] = [
  { path: '/track', element: <TrackLookupPage /> },
  { path: '/track/:reference', element: <TrackCasePage /> },
];
