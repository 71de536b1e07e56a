// How notices leave the server, from the environment. With nothing set, every notice lands in the
// development mailbox (letters in the print queue), readable on the staff "Mailbox and letters" page.

export interface NotifyConfig {
  apiKey: string;
  /** Only for tests against a stand-in on loopback; unset means GOV.UK Notify itself. */
  baseUrl: string | null;
  templates: { email: string | null; sms: string | null; letter: string | null };
}

export interface NoticeConfig {
  /** NOTICE_WORKER=off leaves sending to other server instances (or to nobody, in tests). */
  workerEnabled: boolean;
  smtpUrl: string | null;
  /** The From: address for SMTP. */
  smtpFrom: string;
  notify: NotifyConfig | null;
  pollMs: number;
  /** How long a claimed notice is held before another worker may take it over (crash recovery). */
  leaseMs: number;
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}

export function noticeConfigFromEnv(env: NodeJS.ProcessEnv): NoticeConfig {
  const worker = env.NOTICE_WORKER ?? 'on';
  if (worker !== 'on' && worker !== 'off') throw new Error(`NOTICE_WORKER must be "on" or "off", not "${worker}"`);
  const apiKey = env.NOTIFY_API_KEY || null;
  return {
    workerEnabled: worker === 'on',
    smtpUrl: env.SMTP_URL || null,
    smtpFrom: env.SMTP_FROM || 'Kerbside <no-reply@kerbside.invalid>',
    notify: apiKey
      ? {
          apiKey,
          baseUrl: env.NOTIFY_BASE_URL || null,
          templates: {
            email: env.NOTIFY_EMAIL_TEMPLATE_ID || null,
            sms: env.NOTIFY_SMS_TEMPLATE_ID || null,
            letter: env.NOTIFY_LETTER_TEMPLATE_ID || null,
          },
        }
      : null,
    pollMs: positiveNumber(env, 'NOTICE_POLL_MS', 2000),
    leaseMs: positiveNumber(env, 'NOTICE_LEASE_SECONDS', 120) * 1000,
  };
}
