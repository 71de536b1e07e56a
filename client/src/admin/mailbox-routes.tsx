import type { RouteObject } from 'react-router';

const mailbox = async () => ({ Component: (await import('./mailbox-page')).MailboxPage });
const letters = async () => ({ Component: (await import('./letters-page')).LettersPage });

/** Mounted by app/ at /mailbox, for dispatchers and admins; loaded only when opened. */
export const mailboxRoutes: RouteObject[] = [
  { index: true, lazy: mailbox },
  { path: 'letters', lazy: letters },
];
