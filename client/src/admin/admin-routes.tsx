import type { RouteObject } from 'react-router';
import { AdminHomePage } from './admin-home-page';

/** The administrator's screens; app/ mounts them under /admin behind the admin role check. */
export const adminRoutes: RouteObject[] = [{ index: true, element: <AdminHomePage /> }];
