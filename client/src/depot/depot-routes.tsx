import type { RouteObject } from 'react-router';

// Loaded when a depot manager opens them: a crew's phone never downloads the console.
const consolePage = async () => ({ Component: (await import('./depot-home-page')).DepotHomePage });
const crewsPage = async () => ({ Component: (await import('./crew-progress-page')).CrewProgressPage });
const exceptionsPage = async () => ({ Component: (await import('./exceptions-page')).ExceptionsPage });
const holidaysPage = async () => ({ Component: (await import('./bank-holidays-page')).BankHolidaysPage });
// A small chunk of its own, fetched beside the page's code, so the case list is asked for early
// without putting the console's data code into everyone's first download.
const prefetchConsole = async () => (await import('./console-prefetch')).prefetchConsole();

/** The depot manager's screens; app/ mounts them under /depot behind the dispatcher role check. */
export const depotRoutes: RouteObject[] = [
  // The loader runs beside the lazy page, so the case list is asked for while the page's code loads.
  { index: true, loader: prefetchConsole, lazy: consolePage },
  { path: 'crews', lazy: crewsPage },
  { path: 'exceptions', lazy: exceptionsPage },
  { path: 'bank-holidays', lazy: holidaysPage },
];
