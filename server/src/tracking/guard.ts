import { createHash, timingSafeEqual } from 'node:crypto';
import { trackingNotFound } from '@kerbside/shared';
import { DomainError } from '../errors.js';
import type { AttemptLimiter } from './attempt-limiter.js';

/** What a tracking call needs besides its input: where it came from, and the clock. */
export interface TrackingAccess {
  limiter: AttemptLimiter;
  address: string;
  now: Date;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Constant-time: the time taken says nothing about how much of the token was right. */
export function tokensMatch(given: string, stored: string | null): boolean {
  // Compared against a decoy when the case does not exist, so that case takes as long too.
  return timingSafeEqual(digest(given), digest(stored ?? 'no such case: decoy token')) && stored !== null;
}

export const notFound = () => new DomainError('not_found', trackingNotFound);

/**
 * Refuses callers with too many recent misses, and counts a miss (not-found) against them.
 * Every miss looks the same: a wrong token, an unknown reference, contact details that do not match.
 */
export async function guarded<T>(access: TrackingAccess, work: () => Promise<T>): Promise<T> {
  const now = access.now.getTime();
  if (access.limiter.blocked(access.address, now)) {
    throw new DomainError('rate_limited', 'Too many tries. Wait 10 minutes, then try again.');
  }
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'not_found') access.limiter.failed(access.address, now);
    throw error;
  }
}
