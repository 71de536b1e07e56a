import type { RouteObject } from 'react-router';

// Loaded when an agent opens them: the crew's phone never downloads the contact centre.
const home = async () => ({ Component: (await import('./contact-home-page')).ContactHomePage });
const logCase = async () => ({ Component: (await import('./log-case-page')).LogCasePage });

/** The contact-centre agent's screens; app/ mounts them under /contact behind the agent role check. */
export const contactRoutes: RouteObject[] = [
  { index: true, lazy: home },
  { path: 'new', lazy: logCase },
];
