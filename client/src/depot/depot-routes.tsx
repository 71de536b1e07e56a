import type { RouteObject } from 'react-router';
import { prefetchConsole } from './console-prefetch';

// Loaded when a depot manager opens them: a crew's phone never downloads the console.
const consolePage = async () => ({ Component: (await import('./depot-home-page')).DepotHomePage });
const crewsPage = async () => ({ Component: (await import('./crew-progress-page')).CrewProgressPage });
const exceptionsPage = async () => ({ Component: (await import('./exceptions-page')).ExceptionsPage });
const holidaysPage = async () => ({ Component: (await import('./bank-holidays-page')).BankHolidaysPage });

/** The depot manager's screens; app/ mounts them under /depot behind the dispatcher role check. */
export const depotRoutes: RouteObject[] = [
  // The loader is small and in the app bundle, so the case list is asked for while the page's code loads.
  { index: true, loader: prefetchConsole, lazy: consolePage },
  { path: 'crews', lazy: crewsPage },
  { path: 'exceptions', lazy: exceptionsPage },
  { path: 'bank-holidays', lazy: holidaysPage },
];
