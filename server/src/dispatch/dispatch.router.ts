import {
  acceptCompletionInput,
  bankHolidayDateInput,
  bankHolidayInput,
  caseIdInput,
  caseSearchInput,
  closeCompletionInput,
  reassignFromCompletionInput,
  type ConsoleDataV1,
  type ConsolePulseV1,
} from '@kerbside/shared';
import type { Actor } from '../cases/timeline.js';
import { router, staffProcedure } from '../trpc.js';
import { addBankHoliday, listBankHolidays, removeBankHoliday } from './bank-holidays.js';
import { caseDetail, searchCases } from './case-lookup.js';
import { consoleData, consoleVersion } from './console-queries.js';
import { crewProgress } from './crew-progress.js';
import { countExceptions, listExceptions } from './exceptions.js';
import { acceptCompletion, closeNoFurtherAction, reassignFromCompletion } from './review.js';

const actorOf = (user: { id: string; name: string }): Actor => ({ type: 'user', id: user.id, name: user.name });
const dispatcher = staffProcedure('dispatcher');

export const dispatchRouter = router({
  /** Every open case, compact, for the map and the board. */
  console: dispatcher.query(({ ctx }): Promise<ConsoleDataV1> => consoleData(ctx.db)),

  /** Polled often and small: the console reloads its list only when `version` changes. */
  pulse: dispatcher.query(
    async ({ ctx }): Promise<ConsolePulseV1> => ({ version: await consoleVersion(ctx.db), exceptions: await countExceptions(ctx.db) }),
  ),

  search: dispatcher.input(caseSearchInput).query(({ ctx, input }) => searchCases(ctx.db, input.q)),

  case: dispatcher.input(caseIdInput).query(({ ctx, input }) => caseDetail(ctx.db, input.caseId)),

  crewProgress: dispatcher.query(({ ctx }) => crewProgress(ctx.db, ctx.clock.now())),

  exceptions: dispatcher.query(({ ctx }) => listExceptions(ctx.db)),

  accept: dispatcher
    .input(acceptCompletionInput)
    .mutation(({ ctx, input }) => acceptCompletion(ctx.db, input.completionId, actorOf(ctx.user), ctx.clock.now())),

  reassign: dispatcher
    .input(reassignFromCompletionInput)
    .mutation(({ ctx, input }) => reassignFromCompletion(ctx.db, input.completionId, input, actorOf(ctx.user), ctx.clock.now())),

  close: dispatcher
    .input(closeCompletionInput)
    .mutation(({ ctx, input }) => closeNoFurtherAction(ctx.db, input.completionId, input.reason, actorOf(ctx.user), ctx.clock.now())),

  bankHolidays: router({
    list: dispatcher.query(({ ctx }) => listBankHolidays(ctx.db)),
    add: dispatcher.input(bankHolidayInput).mutation(({ ctx, input }) => addBankHoliday(ctx.db, input, ctx.clock.now())),
    remove: dispatcher.input(bankHolidayDateInput).mutation(({ ctx, input }) => removeBankHoliday(ctx.db, input.date, ctx.clock.now())),
  }),
});
