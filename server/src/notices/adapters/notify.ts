import { NotifyClient } from 'notifications-node-client';
import type { NoticeChannel } from '@kerbside/shared';
import type { NotifyConfig } from '../notice-config.js';
import { errorText, type NoticeAdapter, type OutgoingNotice, type SendResult } from './types.js';

/** Notify wants a letter's address as 3 to 7 lines, the postcode last. */
export function letterAddressLines(address: string): Record<string, string> | null {
  const lines = address
    .split(/\n|,/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length < 3 || lines.length > 7) return null;
  return Object.fromEntries(lines.map((line, i) => [`address_line_${i + 1}`, line]));
}

interface NotifyError {
  response?: { status?: number; data?: { errors?: { message?: string }[] } };
}

/**
 * GOV.UK Notify through its official client, for e-mail, text message and letter. Templates use
 * ((subject)) and ((body)) (and ((case_reference)) if wanted); we write the words, Notify the layout.
 *
 * Each send carries `reference` = notice id. Notify does not refuse a repeated reference, so on any
 * attempt after the first we ask Notify whether it already has one, and if so count it as sent:
 * a crash after Notify accepted the notice does not send it twice.
 */
export class NotifyAdapter implements NoticeAdapter {
  readonly name = 'GOV.UK Notify';
  private readonly client: NotifyClient;

  constructor(private readonly config: NotifyConfig) {
    this.client = config.baseUrl ? new NotifyClient(config.baseUrl, config.apiKey) : new NotifyClient(config.apiKey);
  }

  handles(channel: NoticeChannel): boolean {
    return this.config.templates[channel] !== null;
  }

  async send(notice: OutgoingNotice): Promise<SendResult> {
    const templateId = this.config.templates[notice.channel];
    if (!templateId) return { ok: false, permanent: true, error: `No Notify template is set for ${notice.channel}` };
    try {
      if (notice.attempt > 1) {
        const earlier = await this.client.getNotifications(notice.channel, undefined, notice.id);
        const found = earlier.data.notifications[0];
        if (found) return { ok: true, providerId: found.id };
      }
      const personalisation = { subject: notice.subject, body: notice.body, case_reference: notice.caseReference };
      const options = { personalisation, reference: notice.id };
      if (notice.channel === 'email') return sent(await this.client.sendEmail(templateId, notice.recipient, options));
      if (notice.channel === 'sms') return sent(await this.client.sendSms(templateId, notice.recipient, options));
      const address = letterAddressLines(notice.recipient);
      if (!address) return { ok: false, permanent: true, error: 'The postal address needs 3 to 7 lines, ending with the postcode' };
      return sent(await this.client.sendLetter(templateId, { ...options, personalisation: { ...personalisation, ...address } }));
    } catch (error) {
      const { response } = error as NotifyError;
      const message = response?.data?.errors?.[0]?.message ?? errorText(error);
      // 400 is Notify refusing this notice (bad number, address, personalisation): final. Auth,
      // rate limits, outages and network failures may pass, so they are retried.
      return { ok: false, permanent: response?.status === 400, error: `Notify ${response?.status ?? 'unreachable'}: ${message}` };
    }
  }
}

function sent(response: { data: { id: string } }): SendResult {
  return { ok: true, providerId: response.data.id };
}
