import type { RouteObject } from 'react-router';
import { LettersPage } from './letters-page';
import { MailboxPage } from './mailbox-page';

/** Mounted by app/ at /mailbox, for dispatchers and admins. */
export const mailboxRoutes: RouteObject[] = [
  { index: true, element: <MailboxPage /> },
  { path: 'letters', element: <LettersPage /> },
];
