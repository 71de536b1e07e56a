import {
  addressSearchInput,
  attachReportInput,
  citizenSearchInput,
  duplicatesInput,
  logCaseInput,
  logContactInput,
  pointInput,
  reportOnlineInput,
} from '@kerbside/shared';
import { z } from 'zod';
import type { Actor } from '../cases/timeline.js';
import { DomainError } from '../errors.js';
import { publicProcedure, router, staffProcedure } from '../trpc.js';
import { searchAddresses } from './addresses.js';
import { attachReport } from './attach-report.js';
import { citizenWithHistory, searchCitizens } from './citizen-search.js';
import { findDuplicates } from './duplicates.js';
import { nearestStreetLabel } from './gazetteer.js';
import { intakeGuardFor } from './guard.js';
import { logCase } from './log-case.js';
import { logContact } from './log-contact.js';
import { reportOnline } from './report-online.js';

const agentActor = (user: { id: string; name: string }): Actor => ({ type: 'user', id: user.id, name: user.name });
const agentProcedure = staffProcedure('agent');

export const intakeRouter = router({
  searchCitizens: agentProcedure.input(citizenSearchInput).query(({ ctx, input }) => searchCitizens(ctx.db, input.q)),

  citizen: agentProcedure.input(z.object({ citizenId: z.string().uuid() })).query(async ({ ctx, input }) => {
    const found = await citizenWithHistory(ctx.db, input.citizenId);
    if (!found) throw new DomainError('not_found', 'That citizen was not found');
    return found;
  }),

  /** Public: the citizen form searches streets too; staff also see addresses already on cases. */
  searchAddresses: publicProcedure
    .input(addressSearchInput)
    .query(({ ctx, input }) => searchAddresses(ctx.db, input.q, { includeCaseAddresses: ctx.user !== null && ctx.user.role !== 'crew' })),

  /** A name for a map pin or "use my location". */
  nearestAddress: publicProcedure.input(pointInput).query(({ input }) => ({ label: nearestStreetLabel(input.lat, input.lng) })),

  duplicates: staffProcedure('agent', 'dispatcher').input(duplicatesInput).query(({ ctx, input }) => findDuplicates(ctx.db, input)),

  logCase: agentProcedure
    .input(logCaseInput)
    .mutation(({ ctx, input }) => logCase(ctx.db, input, agentActor(ctx.user), ctx.clock.now())),

  attachToCase: agentProcedure
    .input(attachReportInput)
    .mutation(({ ctx, input }) => attachReport(ctx.db, input, agentActor(ctx.user), ctx.clock.now())),

  logContact: agentProcedure
    .input(logContactInput)
    .mutation(({ ctx, input }) => logContact(ctx.db, input, agentActor(ctx.user), ctx.clock.now())),

  /** Opens the public form: a signed note of when, so a reply seconds later is recognised as a robot. */
  startReport: publicProcedure.query(({ ctx }) => ({ formToken: intakeGuardFor(ctx.db).issueFormToken(ctx.clock.now()) })),

  reportOnline: publicProcedure
    .input(reportOnlineInput)
    .mutation(({ ctx, input }) => reportOnline(ctx.db, intakeGuardFor(ctx.db), input, { address: ctx.address }, ctx.clock.now())),
});
