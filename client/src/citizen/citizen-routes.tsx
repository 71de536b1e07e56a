import type { RouteObject } from 'react-router';
import { reportRoutes } from './report/report-routes';
import { trackRoutes } from './track/track-routes';

/**
 * Public pages for citizens (report a problem, follow a case). They need no sign-in, so app/
 * mounts them outside the role checks.
 */
export const citizenRoutes: RouteObject[] = [];

// The report form, added here (not in the list above) so each public feature only adds its own lines.
citizenRoutes.push(...reportRoutes);

// Following a report from the link in its notice, or by reference and contact details.
citizenRoutes.push(...trackRoutes);
