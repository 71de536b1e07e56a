import type { RouteObject } from 'react-router';
import { ContactHomePage } from './contact-home-page';
import { LogCasePage } from './log-case-page';

/** The contact-centre agent's screens; app/ mounts them under /contact behind the agent role check. */
export const contactRoutes: RouteObject[] = [
  { index: true, element: <ContactHomePage /> },
  { path: 'new', element: <LogCasePage /> },
];
