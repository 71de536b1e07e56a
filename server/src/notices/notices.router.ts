import { mailboxListInput } from '@kerbside/shared';
import { router, staffProcedure } from '../trpc.js';
import { listMailbox } from './mailbox-queries.js';

export const noticesRouter = router({
  /** The development mailbox and, with `channel: 'letter'`, the letters waiting to be printed. */
  mailbox: staffProcedure('dispatcher')
    .input(mailboxListInput)
    .query(({ ctx, input }) => listMailbox(ctx.db, input)),
});
