// What a closure notice says, in plain English. Pure: the facts in, the words out.
import { formatLongDate, notFixedWindowDays, trackingPath, type NoticeChannel, type Service } from '@kerbside/shared';

export interface ClosureFacts {
  reference: string;
  categoryName: string;
  service: Service;
  address: string;
  trackingToken: string;
  /** When the crew did the work (the device's time, never later than the server received it). */
  completedAt: Date;
  hasPhoto: boolean;
}

export interface NoticeText {
  subject: string;
  body: string;
}

/**
 * The tracking link's host is deployment configuration, which the closure's transaction does not
 * have; the stored text carries this placeholder and the worker fills it in when it sends.
 */
export const publicUrlPlaceholder = '{{PUBLIC_URL}}';

export function withPublicUrl(text: string, publicUrl: string): string {
  return text.replaceAll(publicUrlPlaceholder, publicUrl.replace(/\/+$/, ''));
}

const crewOf: Record<Service, string> = { highways: 'highways', waste: 'waste' };

export function closureNoticeText(facts: ClosureFacts, channel: NoticeChannel): NoticeText {
  const link = `${publicUrlPlaceholder}${trackingPath({ reference: facts.reference, token: facts.trackingToken })}`;
  const done = `our ${crewOf[facts.service]} crew completed the work on ${formatLongDate(facts.completedAt)}.`;
  const subject = `Your report ${facts.reference} has been dealt with`;
  if (channel === 'sms') {
    // A text message stays short: two SMS fragments at most for a typical address.
    return { subject, body: `Your report ${facts.reference} (${facts.categoryName}, ${facts.address}) has been dealt with: ${done} Details: ${link}` };
  }
  const see = facts.hasPhoto ? 'See the details and a photo of the finished work' : 'See the details';
  const body = [
    `Your report ${facts.reference} has been dealt with.`,
    '',
    `What you reported: ${facts.categoryName}`,
    `Where: ${facts.address}`,
    `What we did: ${done}`,
    '',
    `${see}:`,
    link,
    '',
    `If the problem is still there, tell us on that page within ${notFixedWindowDays} days and we will look at it again.`,
  ].join('\n');
  return { subject, body };
}
