// Shared by this folder's tests only.
import { getTRPCErrorShape, TRPCError } from '@trpc/server';
import { count, isNotNull } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import { caseEvents, caseReporters, cases, citizens, photos } from '../db/schema.js';
import { appRouter } from '../router.js';

/** Every table intake writes to, counted, so a refused report can be shown to have changed nothing. */
export async function intakeRowCounts(db: Db) {
  const rows = async (table: PgTable) => (await db.select({ n: count() }).from(table))[0]!.n;
  const [claimed] = await db.select({ n: count() }).from(photos).where(isNotNull(photos.caseId));
  return {
    cases: await rows(cases),
    citizens: await rows(citizens),
    caseReporters: await rows(caseReporters),
    caseEvents: await rows(caseEvents),
    photosOnCases: claimed!.n,
  };
}

/** High Street, Sutton: inside the borough. */
export const highStreet = { lat: 51.364, lng: -0.1925, address: '12 High Street, Sutton SM1' };

/** `metres` north of a point. */
export const north = (point: { lat: number; lng: number }, metres: number) => ({ ...point, lat: point.lat + metres / 111_320 });

export const ada = {
  kind: 'new' as const,
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  phone: '07700 900555',
  contactPreference: 'email' as const,
};

/** The field errors a browser would receive, through the app's real error formatter. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  const shape = getTRPCErrorShape({ config: appRouter._def._config, error, type: 'mutation', path: undefined, input: undefined, ctx: undefined });
  return (shape.data as { fieldErrors?: Record<string, string> }).fieldErrors ?? {};
}
