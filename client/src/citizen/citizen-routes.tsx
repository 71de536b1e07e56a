import type { RouteObject } from 'react-router';

/**
 * Public pages for citizens (report a problem, follow a case). They need no sign-in, so app/
 * mounts them outside the role checks. None yet.
 */
export const citizenRoutes: RouteObject[] = [];
