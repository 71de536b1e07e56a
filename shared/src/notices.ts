// Notices to citizens: the channels they go out on, the order of fall-backs, and how dates read.
import { z } from 'zod';
import type { ContactPreference } from './enums.js';

/** The channels a notice can actually travel on ('none' means the citizen asked not to hear back). */
export const noticeChannels = ['email', 'sms', 'letter'] as const satisfies readonly ContactPreference[];
export type NoticeChannel = (typeof noticeChannels)[number];

export const noticeChannelLabels: Record<NoticeChannel, string> = {
  email: 'E-mail',
  sms: 'Text message',
  letter: 'Letter',
};

/** When a channel fails for good we try the next one: e-mail, then text message, then letter. */
export function fallbackChannelsAfter(channel: NoticeChannel): NoticeChannel[] {
  return noticeChannels.slice(noticeChannels.indexOf(channel) + 1);
}

/** Dates for people, in the council's time zone, GOV.UK style: "Tuesday 1 December 2026". */
export function formatLongDate(at: Date, timeZone = 'Europe/London'): string {
  const parts = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone })
    .formatToParts(at)
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}

/** "1 December 2026", for lists where the weekday is noise. */
export function formatShortDate(at: Date, timeZone = 'Europe/London'): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(at);
}

export const mailboxListInput = z
  .object({
    channel: z.enum(noticeChannels).optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .default({ limit: 100 });
export type MailboxListInput = z.infer<typeof mailboxListInput>;

/** One message in the development mailbox or the print queue, as staff see it. */
export interface MailboxEntry {
  id: string;
  noticeId: string | null;
  caseReference: string | null;
  channel: NoticeChannel;
  recipient: string;
  subject: string;
  body: string;
  createdAt: Date;
}
