import { createBrowserRouter, type RouteObject } from 'react-router';
import { adminRoutes } from '../admin/admin-routes';
import { mailboxRoutes } from '../admin/mailbox-routes';
import { RequireRole } from '../auth/require-role';
import { citizenRoutes } from '../citizen/citizen-routes';
import { contactRoutes } from '../contact/contact-routes';
import { CrewGate } from '../crew/crew-gate';
import { crewRoutes } from '../crew/crew-routes';
import { depotRoutes } from '../depot/depot-routes';
import { AppLayout } from './app-layout';
import { HomeRedirect } from './home-redirect';
import { NotFoundPage } from './not-found-page';
import { homeOf } from './role-homes';
import { RouteErrorPage } from './route-error-page';

// Each feature owns its routes; here they are mounted under their role's home and guarded.
const pages: RouteObject[] = [
  { path: '/', element: <HomeRedirect /> },
  // Lazy like every page, so the sign-in form's validation (zod) is not in everyone's first download.
  { path: '/sign-in', lazy: async () => ({ Component: (await import('../auth/sign-in-page')).SignInPage }) },
  // The crew's guard is RequireRole too, but also opens with no signal for the last crew member on the phone.
  { path: homeOf.crew, element: <CrewGate />, children: crewRoutes },
  { path: homeOf.dispatcher, element: <RequireRole allow={['dispatcher']} />, children: depotRoutes },
  { path: homeOf.agent, element: <RequireRole allow={['agent']} />, children: contactRoutes },
  { path: homeOf.admin, element: <RequireRole allow={['admin']} />, children: adminRoutes },
  // Notices kept instead of sent, and letters to print: depot managers and admins.
  { path: '/mailbox', element: <RequireRole allow={['dispatcher']} />, children: mailboxRoutes },
  ...citizenRoutes,
  { path: '*', element: <NotFoundPage /> },
];

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    // A pathless route between layout and pages, so a page's error still shows inside the layout.
    children: [{ errorElement: <RouteErrorPage />, children: pages }],
  },
]);
