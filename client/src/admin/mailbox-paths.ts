/** Where the mailbox lives: outside /admin, because depot managers (dispatchers) use it too. */
export const mailboxBase = '/mailbox';
