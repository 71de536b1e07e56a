import type { NoticeChannel } from '@kerbside/shared';

/** A notice ready to leave: the text with its link filled in, and the address for its channel. */
export interface OutgoingNotice {
  /** Also the idempotency key every adapter passes on, so a resend after a crash can be recognised. */
  id: string;
  channel: NoticeChannel;
  /** E-mail address, phone number or postal address, depending on the channel. */
  recipient: string;
  subject: string;
  body: string;
  caseReference: string;
  /** 1 on the first try; more when retrying or after another worker's lease ran out. */
  attempt: number;
}

export type SendResult =
  | { ok: true; providerId?: string }
  /** `permanent`: retrying will not help (bad address, refused); the next channel is tried instead. */
  | { ok: false; permanent: boolean; error: string };

export interface NoticeAdapter {
  /** For the timeline: "development mailbox", "SMTP", "GOV.UK Notify", "print queue". */
  readonly name: string;
  send(notice: OutgoingNotice): Promise<SendResult>;
}

export type NoticeAdapters = Record<NoticeChannel, NoticeAdapter>;

/** Errors go into the timeline and the notice row: one line, bounded. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim().slice(0, 500) || 'Unknown error';
}
