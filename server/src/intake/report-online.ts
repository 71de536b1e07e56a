import type { OnlineReportReceipt, ReportOnlineInput } from '@kerbside/shared';
import type { Db } from '../db/client.js';
import { DomainError } from '../errors.js';
import type { IntakeGuard } from './guard.js';
import { createReportedCase } from './log-case.js';

export const trackingPath = (reference: string, token: string) => `/track/${reference}?t=${encodeURIComponent(token)}`;

/**
 * A citizen's report from the public web form. Robots are turned away first (honeypot, form
 * filled too fast, too many reports from one address); then it is a case like any other.
 */
export async function reportOnline(
  db: Db,
  guard: IntakeGuard,
  input: ReportOnlineInput,
  from: { address: string },
  now: Date,
): Promise<OnlineReportReceipt> {
  guard.checkForm(input.formToken, input.website, now);
  if (!guard.mayReport(from.address, now)) {
    throw new DomainError('rate_limited', 'Too many reports have been sent from this connection. Please try again in an hour, or phone us.');
  }
  const actor = { type: 'citizen' as const, id: null, name: input.citizen?.name ?? 'Anonymous' };
  const created = await createReportedCase(db, { ...input, caller: input.citizen, channel: 'web' }, actor, now, 'citizen');
  guard.countReport(from.address, now);
  return { reference: created.reference, trackingUrl: trackingPath(created.reference, created.trackingToken) };
}
