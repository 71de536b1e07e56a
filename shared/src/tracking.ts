// The citizen's tracking page: what they send, what they may see, and the "it's not fixed" window.
import { z } from 'zod';
import type { CaseEventKind, CaseStatus } from './enums.js';
import { caseReferencePattern } from './reference.js';

/** A citizen may say "it's not fixed" for this long after the case was resolved. */
export const notFixedWindowDays = 14;

export const caseReferenceInput = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, 'Enter your report reference')
  .regex(caseReferencePattern, 'Enter the reference as it appears in our message, like KS-2026-000123');

// Any string is accepted: a malformed token must get the same "not found" as a wrong one.
const trackingTokenInput = z.string().max(200);

export const trackByTokenInput = z.object({ reference: caseReferenceInput, token: trackingTokenInput });
export type TrackByTokenInput = z.infer<typeof trackByTokenInput>;

export const trackLookupInput = z.object({
  reference: caseReferenceInput,
  contact: z
    .string()
    .trim()
    .min(1, 'Enter the e-mail address or phone number you gave us')
    .max(254, 'E-mail addresses are at most 254 characters'),
});
export type TrackLookupInput = z.infer<typeof trackLookupInput>;

export const notFixedInput = z.object({
  reference: caseReferenceInput,
  token: trackingTokenInput,
  text: z
    .string()
    .trim()
    .min(1, 'Tell us what is still wrong')
    .max(2000, 'Tell us in 2,000 characters or fewer'),
});
export type NotFixedInput = z.infer<typeof notFixedInput>;

/** The one answer for a wrong token, an unknown reference or contact details that do not match. */
export const trackingNotFound = 'We could not find a report with those details';

export const publicStatusLabels: Record<CaseStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  resolved: 'Resolved',
  closed: 'Closed',
};

/** A timeline entry as the citizen sees it: never who on the staff did it, never internal notes. */
export interface PublicTimelineEntry {
  kind: CaseEventKind;
  summary: string;
  /** The citizen's own words, where the entry is theirs. Plain text. */
  text: string | null;
  at: Date;
}

export interface PublicCaseView {
  reference: string;
  categoryName: string;
  status: CaseStatus;
  /** Street-level: no house number, no coordinates. */
  address: string;
  reportedAt: Date;
  resolvedAt: Date | null;
  timeline: PublicTimelineEntry[];
  /** After photos of the finished work, served re-encoded without EXIF. */
  photoIds: string[];
  /** Until when "it's not fixed" is open to the citizen; null when it is not. */
  notFixedUntil: Date | null;
}

export interface TrackingLink {
  reference: string;
  token: string;
}

/** Normalised for comparison: lower-case e-mail, or UK phone digits with a leading 0. */
export function normaliseContact(text: string): string {
  const trimmed = text.trim().toLowerCase();
  if (trimmed.includes('@')) return trimmed;
  let digits = trimmed.replace(/[^0-9]/g, '');
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (digits.startsWith('44')) digits = `0${digits.slice(2)}`;
  return digits;
}

/** The tracking page's path; the server prefixes its public URL. */
export function trackingPath({ reference, token }: TrackingLink): string {
  return `/track/${encodeURIComponent(reference)}?t=${encodeURIComponent(token)}`;
}

export function publicPhotoPath(photoId: string, { reference, token }: TrackingLink): string {
  return `/api/public/photos/${photoId}?ref=${encodeURIComponent(reference)}&t=${encodeURIComponent(token)}`;
}
