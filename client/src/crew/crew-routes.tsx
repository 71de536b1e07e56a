import type { RouteObject } from 'react-router';
import { Loading } from '../ui/loading';

// Every crew screen is its own chunk, so other roles never download the crew's code (Dexie, the
// sync engine) and a crew's first screen downloads only what it shows. The service worker
// precaches them all for use with no signal.
const shell = async () => ({ Component: (await import('./shell/crew-shell')).CrewShell });
const home = async () => ({ Component: (await import('./jobs/crew-home-page')).CrewHomePage });
const map = async () => ({ Component: (await import('./jobs/crew-map-page')).CrewMapPage });
const job = async () => ({ Component: (await import('./job/job-page')).JobPage });

/** The crew's screens; app/ mounts them under /crew behind CrewGate. */
export const crewRoutes: RouteObject[] = [
  {
    lazy: shell,
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, lazy: home },
      { path: 'map', lazy: map },
      { path: 'jobs/:jobId', lazy: job },
    ],
  },
];
