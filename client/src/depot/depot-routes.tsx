import type { RouteObject } from 'react-router';
import { DepotHomePage } from './depot-home-page';

/** The depot manager's screens; app/ mounts them under /depot behind the dispatcher role check. */
export const depotRoutes: RouteObject[] = [{ index: true, element: <DepotHomePage /> }];
