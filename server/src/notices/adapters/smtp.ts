import { createTransport, type Transporter } from 'nodemailer';
import { errorText, type NoticeAdapter, type OutgoingNotice, type SendResult } from './types.js';

export interface SmtpOptions {
  url: string;
  from: string;
}

/** The domain of the From: address, for Message-IDs that are ours. */
function domainOf(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'kerbside.invalid';
}

/**
 * E-mail through any SMTP server (SMTP_URL, e.g. smtp://user:pass@mail.council.gov.uk:587).
 *
 * The Message-ID is derived from the notice id, so if a crash between the server's "250 OK" and our
 * marking the notice sent makes us send again, the copy carries the same Message-ID and mail
 * systems that de-duplicate on it show one message. SMTP offers nothing stronger.
 */
export class SmtpAdapter implements NoticeAdapter {
  readonly name = 'SMTP';
  private readonly transport: Transporter;
  private readonly domain: string;

  constructor(private readonly options: SmtpOptions) {
    // Timeouts well inside the worker's lease, so a hung server never outlives our claim on a notice.
    this.transport = createTransport({ url: options.url, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
    this.domain = domainOf(options.from);
  }

  messageIdFor(noticeId: string): string {
    return `<notice-${noticeId}@${this.domain}>`;
  }

  async send(notice: OutgoingNotice): Promise<SendResult> {
    if (notice.channel !== 'email') return { ok: false, permanent: true, error: `SMTP cannot send a ${notice.channel}` };
    try {
      const info = await this.transport.sendMail({
        from: this.options.from,
        to: notice.recipient,
        subject: notice.subject,
        text: notice.body,
        messageId: this.messageIdFor(notice.id),
        headers: { 'X-Kerbside-Notice-Id': notice.id, 'X-Kerbside-Case': notice.caseReference },
      });
      return { ok: true, providerId: String(info.messageId ?? this.messageIdFor(notice.id)) };
    } catch (error) {
      const { responseCode, code } = error as { responseCode?: number; code?: string };
      // 5xx is the server's final word on this message or address; a login failure is ours to fix, so retry.
      const permanent = typeof responseCode === 'number' && responseCode >= 500 && code !== 'EAUTH';
      return { ok: false, permanent, error: errorText(error) };
    }
  }

  close(): void {
    this.transport.close();
  }
}
