import type { RouteObject } from 'react-router';
import { BankHolidaysPage } from './bank-holidays-page';
import { prefetchConsole } from './console-prefetch';
import { CrewProgressPage } from './crew-progress-page';
import { DepotHomePage } from './depot-home-page';
import { ExceptionsPage } from './exceptions-page';

/** The depot manager's screens; app/ mounts them under /depot behind the dispatcher role check. */
export const depotRoutes: RouteObject[] = [
  { index: true, element: <DepotHomePage />, loader: prefetchConsole },
  { path: 'crews', element: <CrewProgressPage /> },
  { path: 'exceptions', element: <ExceptionsPage /> },
  { path: 'bank-holidays', element: <BankHolidaysPage /> },
];
